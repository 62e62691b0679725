using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Extensions.Hosting;

namespace Consortium.AppHost;

/// <summary>
/// One of this repository's .NET programs (a service, the Web, the demo loader), started from its
/// ReadyToRun publish (ADR 37) rather than as an Aspire project (ADR 25). A project resource is
/// started through <c>dotnet run</c>, which stays alive as the program's parent (~140 MB each)
/// after an MSBuild evaluation at every start. Service discovery: resources that reference it get
/// <c>services__&lt;name&gt;__&lt;endpoint&gt;__0</c> as they would for a project.
/// </summary>
internal sealed class BuiltProgramResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithServiceDiscovery;

internal static class BuiltProgramExtensions
{
    // The configuration and framework the app host was built for: scripts and tests build the whole
    // solution in one configuration, so the programs' publish folders sit beside that name.
    private static readonly Assembly s_appHost = typeof(BuiltProgramResource).Assembly;

    // The runtime identifier the app host's build published the programs for (ADR 37).
    private static readonly string s_programsRuntimeIdentifier = s_appHost
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(metadata => metadata.Key == "ProgramsRuntimeIdentifier").Value!;

    /// <summary>
    /// Adds <typeparamref name="TProject"/>'s published program (its apphost executable in
    /// <c>bin/&lt;configuration&gt;/&lt;framework&gt;/&lt;runtime&gt;/publish/</c>, which building the
    /// app host writes) with what Aspire gives a project: OTLP export to the dashboard and its console
    /// log format. The publish folder is the working directory and so the content root: it holds
    /// appsettings.json and the Web's static assets. Throws, naming what to build, when the program
    /// is not there.
    /// </summary>
    public static IResourceBuilder<BuiltProgramResource> AddBuiltProject<TProject>(this IDistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new()
    {
        var projectPath = new TProject().ProjectPath;
        var publishDirectory = Path.Combine(
            Path.GetDirectoryName(projectPath)!, "bin", Configuration(), Framework(), s_programsRuntimeIdentifier, "publish");
        var program = Path.Combine(publishDirectory, Path.GetFileNameWithoutExtension(projectPath));
        if (builder.ExecutionContext.IsRunMode && !File.Exists(program))
        {
            throw new DistributedApplicationException(
                $"{name}: {program} does not exist. Build the app host first, which publishes every program: dotnet build AppHost -c {Configuration()} (scripts/start.sh does).");
        }

        var resource = builder.AddResource(new BuiltProgramResource(name, program, publishDirectory))
            // What Aspire sets for every project (ProjectResourceBuilderExtensions.WithProjectDefaults):
            // telemetry retries, unredacted URLs in Development, and the dashboard's console log format.
            .WithEnvironment("OTEL_DOTNET_EXPERIMENTAL_OTLP_RETRY", "in_memory")
            .WithEnvironment("DOTNET_SYSTEM_CONSOLE_ALLOW_ANSI_COLOR_REDIRECTION", "true")
            .WithEnvironment("LOGGING__CONSOLE__FORMATTERNAME", "simple")
            // The runtime the app host runs on, as `dotnet run` tells the programs it starts: an
            // apphost executable finds no runtime by itself when .NET is not in a default place.
            .WithEnvironment("DOTNET_ROOT", DotnetRoot())
            .WithOtlpExporter();
        if (builder.Environment.IsDevelopment())
        {
            resource
                .WithEnvironment("OTEL_DOTNET_EXPERIMENTAL_ASPNETCORE_DISABLE_URL_QUERY_REDACTION", "true")
                .WithEnvironment("OTEL_DOTNET_EXPERIMENTAL_HTTPCLIENT_DISABLE_URL_QUERY_REDACTION", "true");
        }

        return resource;
    }

    // .../shared/Microsoft.NETCore.App/<version>/ lies three folders below the root.
    private static string DotnetRoot() =>
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static string Configuration() =>
        s_appHost.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    // ".NETCoreApp,Version=v10.0" is net10.0.
    private static string Framework()
    {
        var version = new FrameworkName(s_appHost.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName).Version;
        return $"net{version.Major}.{version.Minor}";
    }
}
