using Consortium.Contracts.Districts.V1;
using Consortium.DemoLoader.Model;
using Xunit;

namespace Consortium.DemoLoader.Tests;

/// <summary>
/// The data files hold the consortium the README describes and the end-to-end tests assert on
/// (tests/Consortium.AppHost.Tests/DemoInsightsAssertions.cs), and contradict themselves nowhere.
/// </summary>
public sealed class DataFilesTests
{
    private readonly DemoDataSet _data = DemoData.Read();

    [Fact]
    public void The_files_are_consistent() => Assert.Empty(DemoDataCheck.Problems(_data));

    [Fact]
    public void Twelve_districts_from_1850_to_41200_students_with_two_school_years_of_context()
    {
        var districts = _data.Districts.Districts;
        Assert.Equal(12, districts.Count);
        var current = districts.Select(d => d.Profiles.Single(p => p.SchoolYear == "2025-26").Enrollment).ToList();
        Assert.Equal(1_850, current.Min());
        Assert.Equal(41_200, current.Max());
        Assert.All(districts, d => Assert.Equal(["2024-25", "2025-26"], d.Profiles.Select(p => p.SchoolYear)));
        Assert.All(districts.SelectMany(d => d.Profiles), p => Assert.NotEmpty(p.CultureConstructs));
    }

    [Fact]
    public void Sharing_choices_are_a_mix_of_named_anonymous_and_private()
    {
        var choices = _data.Districts.Districts.GroupBy(d => d.SharingPreference).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(6, choices[SharingPreference.Named]);
        Assert.Equal(4, choices[SharingPreference.Anonymous]);
        Assert.Equal(2, choices[SharingPreference.Private]);
    }

    [Fact]
    public void Six_current_topics_of_which_student_voice_and_SEL_are_carried_forward()
    {
        var current = _data.Cycles.Current;
        Assert.Equal(["Student voice in course design", "Social-emotional learning"], current.CarriedForward);
        Assert.Equal(6, current.CarriedForward.Count + current.Topics.Count);
        Assert.Equal(current.CarriedForward, _data.Cycles.Previous.Topics);
    }

    [Fact]
    public void The_previous_cycle_has_only_accepted_submissions()
    {
        Assert.Equal(15, _data.Submissions.Previous.Count);
        Assert.All(_data.Submissions.Previous, s => Assert.Equal(ReviewOutcome.Accepted, s.Outcome));
    }

    [Fact]
    public void The_current_cycle_has_submissions_in_every_state_of_review()
    {
        var outcomes = _data.Submissions.Current.GroupBy(s => s.Outcome).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(42, outcomes[ReviewOutcome.Accepted]);
        Assert.Equal(2, outcomes[ReviewOutcome.Submitted]);
        Assert.Equal(1, outcomes[ReviewOutcome.Returned]);
        Assert.Equal(1, outcomes[ReviewOutcome.Draft]);
    }

    [Fact]
    public void Student_voice_has_nine_accepted_and_leadership_development_stays_below_the_floor_of_five()
    {
        int Accepted(string topic) => _data.Submissions.Current.Count(s => s.Topic == topic && s.Outcome == ReviewOutcome.Accepted);
        Assert.Equal(9, Accepted("Student voice in course design"));
        Assert.Equal(4, Accepted("Leadership development"));
        Assert.Contains(_data.Submissions.Current, s => s.District == "5399101" && s.Topic == "Leadership development");
    }

    [Fact]
    public void Every_district_has_a_pipeline_of_6_to_20_leaders_with_one_move_and_one_retirement()
    {
        var pipeline = _data.Pipeline;
        Assert.Equal(_data.Districts.Districts.Select(d => d.NcesLeaId).Order(), pipeline.Districts.Select(d => d.District).Order());
        Assert.All(pipeline.Districts, d => Assert.InRange(d.Leaders.Count, 6, 20));
        Assert.Equal(134, pipeline.Districts.Sum(d => d.Leaders.Count));
        Assert.Equal(43, pipeline.Districts.Sum(d => d.CriticalRoles.Count));
        Assert.Single(pipeline.Moves);
        Assert.Equal(Contracts.Pipeline.V1.DepartureKind.Left, Assert.Single(pipeline.Departures).Kind);
    }

    [Fact]
    public void Every_district_has_a_named_lead_and_leader_and_the_addresses_follow_one_pattern()
    {
        var people = _data.People;
        Assert.Equal(_data.Districts.Districts.Select(d => d.NcesLeaId).Order(), people.Districts.Select(d => d.District).Order());
        Assert.All(people.Districts, d => Assert.Matches("^lead\\.[a-z-]+@demo\\.consortium\\.example$", d.Lead.Email));
        Assert.All(people.Districts, d => Assert.Equal(d.Lead.Email.Replace("lead.", "leader.", StringComparison.Ordinal), d.Leader.Email));
        Assert.Contains(people.Staff, s => s.Email == "staff@demo.consortium.example");
    }
}
