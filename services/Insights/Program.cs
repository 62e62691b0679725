using Consortium.Insights;
using Consortium.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddInsightsService();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapInsightsService();

app.Run();

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
