namespace Consortium.Testing;

/// <summary>How the test servers run, chosen with <see cref="TestServerSelection.Variable"/>.</summary>
public enum TestServerMode
{
    /// <summary>Private servers from the locally installed Debian packages (fast, no Docker).</summary>
    Local,

    /// <summary>Testcontainers; needs a reachable Docker engine.</summary>
    Containers,
}
