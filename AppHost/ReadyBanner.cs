using System.Runtime.Versioning;
using System.Text;
using Consortium.Contracts.Security;
using Consortium.Hosting.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Consortium.AppHost;

/// <summary>
/// Once every service and the Web are healthy, prints what a person needs to use the platform: the dashboard's
/// address with its login token, each service's endpoints, who can sign in (the first staff
/// account, the demo people), a consortium-staff token and a call to try. The dashboard shows the same endpoints; this saves opening it for a quick curl.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class ReadyBanner(
    IServiceProvider services, string stateDirectory, bool demoLoaded, BuiltProgramResource identity, IReadOnlyList<BuiltProgramResource> platformServices, BuiltProgramResource web) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        try
        {
            // The Web too: the banner's first line of advice is to sign in there.
            foreach (var program in platformServices.Append(web))
            {
                await notifications.WaitForResourceHealthyAsync(program.Name, stoppingToken);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await Console.Out.WriteAsync(Text(await StaffTokenAsync(stoppingToken)));
    }

    /// <summary>A consortium-staff token from the identity service (its development client), or why there is none.</summary>
    private async Task<string> StaffTokenAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var tokens = new DevelopmentTokenClient(http, new Uri($"{identity.GetEndpoint("http").Url}/"), DemoPeople.ReadOrCreateClientSecret(stateDirectory));
        try
        {
            return await tokens.RequestAsync("staff@consortium.example", Roles.ConsortiumStaff, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is DevelopmentTokenException or HttpRequestException or TaskCanceledException)
        {
            return $"(no token: {exception.Message})";
        }
    }

    private string Text(string staffToken)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var text = new StringBuilder().AppendLine().AppendLine("Consortium is ready.");
        if (configuration["ASPNETCORE_URLS"]?.Split(';')[0] is { Length: > 0 } dashboard)
        {
            var token = configuration["AppHost:BrowserToken"];
            text.AppendLine($"  dashboard    {dashboard}{(token is null ? string.Empty : $"/login?t={token}")}");
        }

        foreach (var service in platformServices)
        {
            text.AppendLine($"  {service.Name,-12} http={service.GetEndpoint("http").Url}  grpc={service.GetEndpoint("grpc").Url}");
        }

        var districts = platformServices[0].GetEndpoint("http").Url;
        text.AppendLine()
            .AppendLine($"  Sign in to the web ({web.GetEndpoint("http").Url}) as {FirstStaffAccount.Email}, password: {FirstStaffAccount.ReadOrCreatePassword(stateDirectory)}")
            .AppendLine("  (the first staff account; invite everyone else with the identity service's InvitePerson)");
        if (demoLoaded)
        {
            text.AppendLine($"  Demo people, password {DemoPeople.ReadOrCreatePassword(stateDirectory)} (once the demo has loaded):")
                .AppendLine($"    {DemoPeople.StaffEmail} (staff), lead.<district>@demo.consortium.example (benchmark lead),")
                .AppendLine("    leader.<district>@demo.consortium.example (leader), e.g. lead.cedar-ridge@demo.consortium.example;")
                .AppendLine("    every one in AppHost/DemoLoader/Data/people.json");
        }

        text.AppendLine()
            .AppendLine("  Call the API (a consortium-staff token from the identity service, valid 12 hours):")
            .AppendLine($"    export TOKEN={staffToken}")
            .AppendLine($"    curl -s -H \"Authorization: Bearer $TOKEN\" {districts}/v1/districts")
            .AppendLine("  More tokens: dotnet run --project AppHost --no-launch-profile -- token --role district-lead --district <district id>")
            .AppendLine($"  Data: {stateDirectory}. Ctrl+C stops everything.");
        return text.ToString();
    }
}
