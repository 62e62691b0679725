using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Extensions.Hosting;

namespace Consortium.AppHost;

/// <summary>
/// One of this repository's .NET programs (a service, the Web, the demo loader), started from its
/// build output rather than as an Aspire project (ADR 25). A project resource is started through
/// <c>dotnet run</c>, which stays alive as the program's parent (~140 MB each) after an MSBuild
/// evaluation at every start. Service discovery: resources that reference it get
/// <c>services__&lt;name&gt;__&lt;endpoint&gt;__0</c> as they would for a project.
/// </summary>
internal sealed class BuiltProgramResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithServiceDiscovery;

internal static class BuiltProgramExtensions
{
    // The configuration and framework the app host was built for: scripts and tests build the whole
    // solution in one configuration, so the programs' output sits beside that name.
    private static readonly Assembly s_appHost = typeof(BuiltProgramResource).Assembly;

    /// <summary>
    /// Adds <typeparamref name="TProject"/>'s built program (its apphost executable in
    /// <c>bin/&lt;configuration&gt;/&lt;framework&gt;/</c>) with what Aspire gives a project: OTLP
    /// export to the dashboard, its console log format, the project directory as working directory
    /// (the content root: appsettings.json, wwwroot; static web assets are found beside the program).
    /// Throws, naming the project to build, when the program is not there.
    /// </summary>
    public static IResourceBuilder<BuiltProgramResource> AddBuiltProject<TProject>(this IDistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new()
    {
        var projectPath = new TProject().ProjectPath;
        var projectDirectory = Path.GetDirectoryName(projectPath)!;
        var program = Path.Combine(projectDirectory, "bin", Configuration(), Framework(), Path.GetFileNameWithoutExtension(projectPath));
        if (builder.ExecutionContext.IsRunMode && !File.Exists(program))
        {
            throw new DistributedApplicationException(
                $"{name}: {program} does not exist. Build it first: dotnet build {projectPath} -c {Configuration()} (scripts/start.sh builds everything).");
        }

        var resource = builder.AddResource(new BuiltProgramResource(name, program, projectDirectory))
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
