namespace Consortium.DemoLoader.Loading;

/// <summary>The load cannot go on (a service never became ready); what was written so far stays.</summary>
public sealed class DemoLoadException : Exception
{
    public DemoLoadException()
    {
    }

    public DemoLoadException(string message)
        : base(message)
    {
    }

    public DemoLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
