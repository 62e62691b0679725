using Consortium.Districts;
using Consortium.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddDistrictsService();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapDistrictsService();

app.Run();

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
