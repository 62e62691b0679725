namespace Consortium.Identity.Development;

/// <summary>
/// What a local platform needs and no other environment may have (issue 11): the development
/// client (client credentials, a staff token for the demo loader and the app host's token
/// command) and the staff call that sets a demo person's password. Both exist only when the
/// service runs in Development; elsewhere the client is removed at start and the call is not mapped.
/// </summary>
public static class DevelopmentConveniences
{
    public static void AddDevelopmentConveniences(this IHostApplicationBuilder builder) =>
        // Registered in every environment: outside Development it removes a client left from one.
        builder.Services.AddHostedService<DevelopmentClient>();

    public static void MapDevelopmentConveniences(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapGrpcService<DevelopmentPeopleApi>();
        }
    }
}
