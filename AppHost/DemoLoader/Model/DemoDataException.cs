namespace Consortium.DemoLoader.Model;

/// <summary>The data files cannot be read or contradict each other; nothing has been loaded.</summary>
public sealed class DemoDataException : Exception
{
    public DemoDataException()
    {
    }

    public DemoDataException(string message)
        : base(message)
    {
    }

    public DemoDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
