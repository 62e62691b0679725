namespace Consortium.LoadGenerator;

/// <summary>Progress lines on standard error, so standard output carries only the results.</summary>
internal static class Progress
{
    public static void Say(string message) =>
        Console.Error.WriteLine($"{DateTime.UtcNow:HH:mm:ss} {message}");
}
