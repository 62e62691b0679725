namespace Consortium.Hosting.Servers;

/// <summary>A server binary is not installed; the message names the Debian package that provides it.</summary>
public sealed class PrerequisiteMissingException : Exception
{
    public PrerequisiteMissingException()
    {
    }

    public PrerequisiteMissingException(string message)
        : base(message)
    {
    }

    public PrerequisiteMissingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PrerequisiteMissingException(string binary, string debianPackage)
        : base($"{binary} was not found. Install the Debian package '{debianPackage}' "
            + $"(apt-get install -y {debianPackage}) or run scripts/install-prerequisites.sh.")
    {
        Binary = binary;
        DebianPackage = debianPackage;
    }

    public string? Binary { get; }

    public string? DebianPackage { get; }
}
