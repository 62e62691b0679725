using Consortium.ServiceDefaults;
using Consortium.Topics;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddTopicsService();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapTopicsService();

app.Run();

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
