using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi.Models;

namespace Consortium.ServiceDefaults.Grpc;

/// <summary>
/// An OpenAPI description of every service's JSON routes (the gRPC JSON transcoding of each RPC),
/// documented from the .proto comments, at <c>/openapi/v1.json</c>; and in Development a page to
/// browse and try it at <c>/openapi</c>, so a district's data team can explore the API without
/// reading .proto files. Like gRPC reflection, the description is public; the data is not.
/// </summary>
public static class ApiDescription
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string PagePath = "/openapi";

    public static IHostApplicationBuilder AddConsortiumApiDescription(this IHostApplicationBuilder builder)
    {
        builder.Services.AddGrpcSwagger();
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = $"Consortium {ServiceName(builder.Environment.ApplicationName)} API",
                Version = "v1",
                Description = "JSON over HTTP for every RPC of this service (the same API as gRPC, see contracts/protos). "
                    + "Every call needs a bearer token; bad input is answered 400 with the field and the reason.",
            });
            options.AddSecurityDefinition("Bearer", new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A bearer token (locally: dotnet run --project AppHost -- token --role ...).",
            });
            options.AddSecurityRequirement(new OpenApiSecurityRequirement
            {
                [new OpenApiSecurityScheme { Reference = new OpenApiReference { Type = ReferenceType.SecurityScheme, Id = "Bearer" } }] = [],
            });

            // The .proto comments, carried into the contracts' XML documentation.
            var contractsDocumentation = Path.Combine(AppContext.BaseDirectory, "Consortium.Contracts.xml");
            if (File.Exists(contractsDocumentation))
            {
                options.IncludeXmlComments(contractsDocumentation);
                options.IncludeGrpcXmlComments(contractsDocumentation, includeControllerXmlComments: true);
            }
        });
        return builder;
    }

    public static WebApplication MapConsortiumApiDescription(this WebApplication app)
    {
        app.UseSwagger(options => options.RouteTemplate = "openapi/{documentName}.json");
        if (app.Environment.IsDevelopment())
        {
            app.UseSwaggerUI(options =>
            {
                options.RoutePrefix = PagePath.TrimStart('/');
                options.SwaggerEndpoint("v1.json", "v1");
                options.DocumentTitle = $"Consortium {ServiceName(app.Environment.ApplicationName)} API";
                // The page must not call out to the public validator service.
                options.ConfigObject.ValidatorUrl = "none";
            });
        }

        return app;
    }

    // "Consortium.Districts" → "Districts"
    private static string ServiceName(string applicationName) =>
        applicationName.StartsWith("Consortium.", StringComparison.Ordinal) ? applicationName["Consortium.".Length..] : applicationName;
}
