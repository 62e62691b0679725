using Consortium.DemoLoader.Model;
using Xunit;

namespace Consortium.DemoLoader.Tests;

/// <summary>The consistency check finds what would otherwise fail halfway through a load.</summary>
public sealed class DataCheckTests
{
    private readonly DemoDataSet _data = DemoData.Read();

    [Fact]
    public void A_submission_from_an_unknown_district_is_reported()
    {
        var stray = _data.Submissions.Current[0] with { District = "0000000" };
        var data = _data with { Submissions = _data.Submissions with { Current = [.. _data.Submissions.Current, stray] } };

        Assert.Contains(DemoDataCheck.Problems(data), p => p.Contains("0000000", StringComparison.Ordinal) && p.Contains("no such district", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_for_a_target_the_topic_lacks_is_reported()
    {
        var submission = _data.Submissions.Current[0];
        var wrong = submission with { Values = [.. submission.Values, new DemoValue { Target = "NO-SUCH-TARGET", Number = 1m }] };
        var data = _data with { Submissions = _data.Submissions with { Current = [wrong, .. _data.Submissions.Current.Skip(1)] } };

        Assert.Contains(DemoDataCheck.Problems(data), p => p.Contains("NO-SUCH-TARGET", StringComparison.Ordinal));
    }

    [Fact]
    public void Carrying_forward_a_topic_the_previous_cycle_did_not_have_is_reported()
    {
        var cycles = _data.Cycles with { Current = _data.Cycles.Current with { CarriedForward = ["Career pathways"], Topics = ["Performance assessment"] } };

        Assert.Contains(DemoDataCheck.Problems(_data with { Cycles = cycles }), p => p.Contains("\"Career pathways\" is carried forward", StringComparison.Ordinal));
    }

    [Fact]
    public void A_successor_who_was_never_assessed_is_reported()
    {
        var district = _data.Pipeline.Districts[0];
        var unassessed = district.Leaders.First(l => l.Readiness is null);
        var role = district.CriticalRoles[0] with { Successors = [unassessed.Number] };
        var changed = district with { CriticalRoles = [role, .. district.CriticalRoles.Skip(1)] };
        var data = _data with { Pipeline = _data.Pipeline with { Districts = [changed, .. _data.Pipeline.Districts.Skip(1)] } };

        Assert.Contains(DemoDataCheck.Problems(data), p => p.Contains("never assessed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_misspelt_field_fails_reading_and_names_the_file()
    {
        var directory = Directory.CreateTempSubdirectory("demo-data-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(DemoData.Directory, "*.json"))
            {
                File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
            }

            var cycles = Path.Combine(directory, "cycles.json");
            File.WriteAllText(cycles, File.ReadAllText(cycles).Replace("\"carriedForward\"", "\"carriedForwards\"", StringComparison.Ordinal));

            var failure = Assert.Throws<DemoDataException>(() => DemoDataSet.Read(directory));
            Assert.Contains("cycles.json", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void A_district_without_people_and_a_duplicate_address_are_reported()
    {
        var people = _data.People.Districts;
        var duplicate = people[1] with { Lead = people[1].Lead with { Email = people[0].Lead.Email } };
        var data = _data with { People = _data.People with { Districts = [people[0], duplicate, .. people.Skip(3)] } };

        var problems = DemoDataCheck.Problems(data);
        Assert.Contains(problems, p => p.Contains($"district {people[2].District} has no lead and leader", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(people[0].Lead.Email, StringComparison.Ordinal) && p.Contains("more than once", StringComparison.Ordinal));
    }
}
