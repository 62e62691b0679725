using Consortium.ServiceDefaults;

// Composition only. The gRPC service, event consumers and the Redis cache are wired here once
// they exist; until then Insights starts with the shared defaults (health, telemetry, security).
var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();

var app = builder.Build();

app.MapDefaultEndpoints();

app.Run();

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
