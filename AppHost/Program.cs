// The Consortium platform as a .NET Aspire application model: the servers, each service's database,
// the broker and the cache, then the services and the demo data. `dotnet run --project AppHost`
// starts it all (scripts/start.sh installs what is missing, builds, and runs the executable
// itself with the launch profile's environment, so no `dotnet run` stays resident); the dashboard shows
// every resource, its logs, traces and metrics. The .NET programs start from their build output
// (AddBuiltProject, ADR 25), so build the solution first.
//   dotnet run --project AppHost --no-launch-profile -- token --role district-lead --district <id>   (a bearer token)
// Configuration: Consortium:StateDirectory (default .state/), Consortium:Servers (auto|local|containers),
// Consortium:LoadDemo (default true).
using Consortium.AppHost;
using Consortium.AppHost.LocalServers;
using Consortium.Hosting;
using Consortium.Hosting.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// The servers run from Debian's packages (or Linux containers).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

if (!OperatingSystem.IsLinux())
{
    Console.Error.WriteLine("The app host runs the servers from Debian's packages or containers: it needs Linux.");
    return 1;
}

if (TokenCommand.IsRequested(args))
{
    return await TokenCommand.RunAsync(args, StateFolder.Resolve(StateFolder.FromArguments(args)));
}

LeanOrchestration.Apply();
var builder = DistributedApplication.CreateBuilder(args);
var stateDirectory = StateFolder.Resolve(builder.Configuration[StateFolder.ConfigurationKey]);

var servers = PlatformServers.For(builder, stateDirectory);
var postgres = servers.AddPostgres(ResourceNames.Postgres);
var districtsDb = postgres.AddDatabase(ResourceNames.DistrictsDb);
var topicsDb = postgres.AddDatabase(ResourceNames.TopicsDb);
var submissionsDb = postgres.AddDatabase(ResourceNames.SubmissionsDb);
var pipelineDb = postgres.AddDatabase(ResourceNames.PipelineDb);
var insightsDb = postgres.AddDatabase(ResourceNames.InsightsDb);
var identityDb = postgres.AddDatabase(ResourceNames.IdentityDb);
var messaging = servers.AddRabbitMQ(ResourceNames.RabbitMq);
var cache = servers.AddRedis(ResourceNames.Redis);

// The OpenID Connect provider people sign in with (issue 11). Its issuer and the Web's callback
// addresses are the addresses the orchestrator allocated (set below, once the Web exists).
var firstStaffPassword = builder.AddParameter("first-staff-password", new KeptSecret(() => FirstStaffAccount.ReadOrCreatePassword(stateDirectory)), secret: true);
var developmentClientSecret = builder.AddParameter("development-client-secret", new KeptSecret(() => DemoPeople.ReadOrCreateClientSecret(stateDirectory)), secret: true);
var identity = builder.AddBuiltProject<Projects.Consortium_Identity>(ResourceNames.Identity)
    .WithServiceEndpoints(httpPort: 5160, grpcPort: 5161)
    .WithReference(identityDb).WaitFor(identityDb)
    // Not waiting for the broker: the identity service starts on one core while the broker boots
    // on the other (ADR 38). It is Healthy, and the services that wait for it start, once its bus
    // has bound its queues; until then its /health says Degraded.
    .WithReference(messaging)
    .WithEnvironment("Identity__FirstStaff__Email", FirstStaffAccount.Email)
    .WithEnvironment("Identity__FirstStaff__Password", firstStaffPassword)
    // The local tools' client (demo loader, token command, start banner): every token they use comes
    // from here; the identity service honours it in Development only (ADR 23).
    .WithEnvironment("Identity__DevelopmentClientSecret", developmentClientSecret)
    .WithTelemetryExport()
    .WithRestartOnCrash();

var districts = builder.AddBuiltProject<Projects.Consortium_Districts>(ResourceNames.Districts)
    .WithServiceEndpoints(httpPort: 5110, grpcPort: 5111)
    .WithReference(districtsDb).WaitFor(districtsDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(cache).WaitFor(cache)
    .WithIdentityAuthority(identity)
    .WithTelemetryExport()
    .WithRestartOnCrash();

var topics = builder.AddBuiltProject<Projects.Consortium_Topics>(ResourceNames.Topics)
    .WithServiceEndpoints(httpPort: 5120, grpcPort: 5121)
    .WithReference(topicsDb).WaitFor(topicsDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithIdentityAuthority(identity)
    .WithTelemetryExport()
    .WithRestartOnCrash();

var submissions = builder.AddBuiltProject<Projects.Consortium_Submissions>(ResourceNames.Submissions)
    .WithServiceEndpoints(httpPort: 5130, grpcPort: 5131)
    .WithReference(submissionsDb).WaitFor(submissionsDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithIdentityAuthority(identity)
    .WithTelemetryExport()
    .WithRestartOnCrash();

var pipeline = builder.AddBuiltProject<Projects.Consortium_Pipeline>(ResourceNames.Pipeline)
    .WithServiceEndpoints(httpPort: 5140, grpcPort: 5141)
    .WithReference(pipelineDb).WaitFor(pipelineDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithIdentityAuthority(identity)
    .WithTelemetryExport()
    .WithRestartOnCrash();

var insights = builder.AddBuiltProject<Projects.Consortium_Insights>(ResourceNames.Insights)
    .WithServiceEndpoints(httpPort: 5150, grpcPort: 5151)
    .WithReference(insightsDb).WaitFor(insightsDb)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(cache).WaitFor(cache)
    .WithIdentityAuthority(identity)
    .WithTelemetryExport()
    .WithRestartOnCrash();

// The demo consortium, loaded through the public APIs once the services are ready; it then exits
// (restartable from the dashboard; a second load changes nothing). --Consortium:LoadDemo=false skips it.
var loadDemo = builder.Configuration.GetValue("Consortium:LoadDemo", defaultValue: true);
if (loadDemo)
{
    // The named demo people (people.json) share one kept password, printed at start.
    var demoPeoplePassword = builder.AddParameter("demo-people-password", new KeptSecret(() => DemoPeople.ReadOrCreatePassword(stateDirectory)), secret: true);
    builder.AddBuiltProject<Projects.Consortium_DemoLoader>("demo")
        .WithReference(districts).WaitFor(districts)
        .WithReference(topics).WaitFor(topics)
        .WithReference(submissions).WaitFor(submissions)
        .WithReference(pipeline).WaitFor(pipeline)
        .WithReference(insights).WaitFor(insights)
        .WithReference(identity).WaitFor(identity)
        .WithEnvironment("Demo__People__Password", demoPeoplePassword)
        .WithEnvironment("Demo__People__ClientSecret", developmentClientSecret)
        .WithTelemetryExport();
}

// The people's front end: signs people in through the identity service (SignIn__Authority) and
// calls the services with their token.
var web = builder.AddBuiltProject<Projects.Consortium_Web>(ResourceNames.Web)
    .WithWebEndpoint(5170)
    .WithEnvironment("SignIn__Authority", identity.GetEndpoint("http"))
    .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
    .WithReference(districts).WaitFor(districts)
    .WithReference(topics).WaitFor(topics)
    .WithReference(submissions).WaitFor(submissions)
    .WithReference(pipeline).WaitFor(pipeline)
    .WithReference(insights).WaitFor(insights)
    .WithReference(identity).WaitFor(identity)
    .WithTelemetryExport()
    .WithRestartOnCrash();

// The identity service and the Web know each other by the addresses the orchestrator allocated
// (5160 and 5170 locally; other ports when the end-to-end tests randomise them): the issuer browsers
// and services reach, and the Web's callback addresses the identity service accepts.
identity
    .WithEnvironment("Identity__Issuer", ReferenceExpression.Create($"{identity.GetEndpoint("http")}/"))
    .WithEnvironment("Identity__WebBaseAddress", ReferenceExpression.Create($"{web.GetEndpoint("http")}/"));

builder.Services.AddHostedService(services => new ReadyBanner(services, stateDirectory, loadDemo, identity.Resource, [districts.Resource, topics.Resource, submissions.Resource, pipeline.Resource, insights.Resource, identity.Resource], web.Resource));

builder.Build().Run();
return 0;
