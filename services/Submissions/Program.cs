using Consortium.ServiceDefaults;
using Consortium.Submissions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddSubmissionsService();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapSubmissionsService();

app.Run();

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
