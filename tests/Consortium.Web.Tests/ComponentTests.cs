using System.Security.Claims;
using Bunit;
using Consortium.Contracts.Insights.V1;
using Consortium.Contracts.Security;
using Consortium.Web.Components.Layout;
using Consortium.Web.Components.Shared;
using Consortium.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Consortium.Web.Tests;

public sealed class ComponentTests : BunitContext
{
    public ComponentTests()
    {
        this.AddMudDefaults();
    }

    private static ClaimsPrincipal Person(string role, string? districtId = null)
    {
        var claims = new List<Claim> { new(ClaimNames.Subject, "person-1"), new(ClaimNames.Role, role) };
        if (districtId is not null)
        {
            claims.Add(new Claim(ClaimNames.DistrictId, districtId));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", ClaimNames.Name, ClaimNames.Role));
    }

    [Fact]
    public void A_district_lead_is_offered_their_submissions_and_bulk_entry_but_not_the_review_queue()
    {
        var menu = Render<NavMenu>(parameters => parameters.Add(p => p.User, Person(Roles.DistrictLead, "district-a")));

        var links = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/submissions", links);
        Assert.Contains("/bulk", links);
        Assert.Contains("/my-district", links);
        Assert.Contains("/pipeline", links);
        Assert.Contains("/compare", links);
        Assert.DoesNotContain("/review", links);
    }

    [Fact]
    public void Staff_are_offered_the_review_queue_and_not_a_districts_own_pages()
    {
        var menu = Render<NavMenu>(parameters => parameters.Add(p => p.User, Person(Roles.ConsortiumStaff)));

        var links = menu.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/review", links);
        Assert.Contains("/cycle-overview", links);
        Assert.Contains("/people", links);
        Assert.DoesNotContain("/submissions", links);
    }

    [Fact]
    public void The_strip_plot_highlights_the_own_district_once_and_does_not_name_anonymous_values()
    {
        var response = new CompareTargetResponse
        {
            Target = new TargetInfo { Name = "Share of courses" },
            Figures = new Figures { DistrictCount = 6, Numeric = new NumericFigures { Median = Dec("50"), Q1 = Dec("30"), Q3 = Dec("70") } },
            Own = new OwnValue { Value = Dec("65") },
            GroupSize = 12,
        };
        response.Rows.Add(new ComparisonRow { Named = new NamedRow { DistrictName = "Lakeside SD", Value = Dec("40") } });
        response.Rows.Add(new ComparisonRow { Anonymous = new AnonymousRow { Value = Dec("80") } });
        var view = ComparisonView.From(response);

        var plot = Render<StripPlot>(parameters => parameters.Add(p => p.View, view).Add(p => p.Caption, "caption"));

        Assert.Single(plot.FindAll("[data-testid=own-value]"));
        Assert.Equal(3, plot.FindAll("circle").Count);
        var titles = plot.FindAll("title").Select(t => t.TextContent).ToList();
        Assert.Contains("Lakeside SD: 40", titles);
        Assert.Contains("A district sharing anonymously: 80", titles);
        Assert.Single(plot.FindAll("rect"));
    }

    [Fact]
    public void A_withheld_comparison_says_why_and_plots_nothing_of_others()
    {
        var response = new CompareTargetResponse
        {
            Target = new TargetInfo { Name = "Leadership" },
            Suppression = new Suppression { Reason = SuppressionReason.TooFewDistricts, Explanation = "Fewer than 5 districts have an accepted value." },
            GroupSize = 12,
        };

        var view = ComparisonView.From(response);

        Assert.Equal(["Fewer than 5 districts have an accepted value."], view.Notes);
        Assert.Empty(view.Points);
    }

    [Fact]
    public void A_service_problem_is_shown_as_an_alert_with_its_sentence()
    {
        var error = new ServiceError("The Insights service is not answering right now.", new Dictionary<string, string>(), true);

        var alert = Render<ServiceProblem>(parameters => parameters.Add(p => p.Error, error));

        Assert.Contains("Insights service is not answering", alert.Find("[role=alert]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_layout_keeps_a_prerendered_page_from_taking_input_but_sign_out_works()
    {
        AddAuthorization().SetAuthorized("leader").SetRoles(Roles.Leader);
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));

        var layout = Render<MainLayout>(parameters => parameters.Add(p => p.Body, body =>
        {
            body.OpenComponent<MudBlazor.MudTextField<string>>(0);
            body.CloseComponent();
        }));

        Assert.True(layout.Find("main input").HasAttribute("disabled"));
        Assert.False(layout.Find("form[action='/signout'] button").HasAttribute("disabled"));
        Assert.Single(layout.FindAll("[data-testid=loading-hint]"));
    }

    private static Google.Type.Decimal Dec(string value) => new() { Value = value };
}
