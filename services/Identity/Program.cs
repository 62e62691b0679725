using Consortium.Identity;
using Consortium.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIdentityService();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapIdentityService();

app.Run();

/// <summary>Entry point; public so integration tests can host the service.</summary>
public partial class Program;
