namespace Consortium.AppHost.Orchestration;

/// <summary>What the AppHost was asked to do, from its command line.</summary>
public sealed record AppHostOptions
{
    /// <summary>Where servers keep their data and the AppHost its signing key and status file; survives restarts.</summary>
    public required string StateDirectory { get; init; }

    /// <summary>Load the demo consortium through the public APIs once everything is healthy.</summary>
    public bool LoadDemoData { get; init; }

    /// <summary>Ignore the preferred ports and take free ones (tests, or a second AppHost).</summary>
    public bool UseFreePorts { get; init; }

    /// <summary>OTLP endpoint for the services' telemetry, if one is running.</summary>
    public string? OtlpEndpoint { get; init; }

    /// <summary>The build configuration whose service binaries to run (the AppHost's own).</summary>
    public required string Configuration { get; init; }

    /// <summary>The folder holding Consortium.sln.</summary>
    public required string RepositoryRoot { get; init; }

    public string StatusFile => Path.Combine(StateDirectory, "resources.json");

    public string SigningKeyFile => Path.Combine(StateDirectory, "signing-key");
}
