namespace Consortium.Hosting.Servers;

/// <summary>Where and how a private server runs.</summary>
/// <param name="DataDirectory">The server's own folder: data, logs, password. Created if missing.</param>
public sealed record LocalServerOptions(string DataDirectory)
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>
    /// True for data that must survive (the AppHost's state folder): fsync on, the folder is kept
    /// and reused by the next start. False for throwaway test servers: durability switched off for
    /// speed and the folder deleted on dispose.
    /// </summary>
    public bool Durable { get; init; }
}
