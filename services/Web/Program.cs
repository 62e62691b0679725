using Consortium.ServiceDefaults.Health;
using Consortium.ServiceDefaults.Telemetry;
using Consortium.Web.Components;
using Consortium.Web.Hosting;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

// Telemetry and health as every service has them: the Web's requests and its gRPC calls appear in
// the same traces as the services'.
builder.AddConsortiumTelemetry();
builder.AddConsortiumHealthChecks();
builder.Services.AddGrpc();
builder.Services.AddSingleton(TimeProvider.System);

builder.AddSignIn();
builder.Services.AddServiceClients();
builder.Services.AddMudServices();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseNoStoreResponses();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapConsortiumHealthEndpoints();
app.MapStaticAssets().AllowAnonymous();
app.MapSignInEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Entry point; public so tests can host the Web.</summary>
public partial class Program;
