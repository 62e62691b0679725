using Consortium.Pipeline;
using Consortium.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPipelineService();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapPipelineService();

app.Run();

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
