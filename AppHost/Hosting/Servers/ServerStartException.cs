namespace Consortium.Hosting.Servers;

/// <summary>A server did not come up; the message carries the end of its log, which says why.</summary>
public sealed class ServerStartException : Exception
{
    private const int LogLinesShown = 25;

    public ServerStartException()
    {
    }

    public ServerStartException(string message)
        : base(message)
    {
    }

    public ServerStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static ServerStartException WithLog(string problem, string logFile, Exception? cause = null)
    {
        var message = $"{problem}{Environment.NewLine}--- last lines of {logFile} ---{Environment.NewLine}{Tail(logFile)}";
        return cause is null ? new ServerStartException(message) : new ServerStartException(message, cause);
    }

    private static string Tail(string logFile)
    {
        try
        {
            return string.Join(Environment.NewLine, File.ReadLines(logFile).TakeLast(LogLinesShown));
        }
        catch (IOException exception)
        {
            return $"(log unreadable: {exception.Message})";
        }
        catch (UnauthorizedAccessException exception)
        {
            return $"(log unreadable: {exception.Message})";
        }
    }
}
