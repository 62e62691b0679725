using Consortium.Insights.Domain.Confidentiality;
using Microsoft.Extensions.Options;

namespace Consortium.Insights.Api;

/// <summary>The API's own wiring: options, the confidentiality rules and the cached readers.</summary>
internal static class InsightsApiRegistration
{
    public static IHostApplicationBuilder AddInsightsApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InsightsOptions>()
            .BindConfiguration(InsightsOptions.SectionName)
            .Validate(o => o.SuppressionFloor >= SuppressionFloor.Lowest, $"Insights:SuppressionFloor must be at least {SuppressionFloor.Lowest}.")
            .Validate(o => o.LocalCacheValues > 0, "Insights:LocalCacheValues must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<InsightsOptions>>().Value.Floor());
        builder.Services.AddSingleton<DisclosurePolicy>();
        builder.Services.AddScoped<IAnsweredGroupStore, PostgresAnsweredGroupStore>();
        builder.Services.AddScoped<DifferencingGuard>();
        builder.Services.AddScoped<ReadAuditLog>();
        builder.Services.AddScoped<AnswerCache>();
        builder.Services.AddSingleton<LocalAnswers>();
        builder.Services.AddSingleton<AnsweredGroupMemo>();
        builder.Services.AddSingleton<AnsweredGroupSets>();
        builder.Services.AddScoped<MemberPopulation>();
        builder.Services.AddScoped<TargetValues>();
        return builder;
    }

    public static WebApplication MapInsightsApi(this WebApplication app)
    {
        app.MapGrpcService<InsightsApi>();
        return app;
    }
}
