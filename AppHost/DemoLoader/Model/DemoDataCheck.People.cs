namespace Consortium.DemoLoader.Model;

internal static partial class DemoDataCheck
{
    /// <summary>Every demo district has exactly one lead and one leader; no e-mail address is used twice.</summary>
    private static void CheckPeople(DemoDataSet data, List<string> problems)
    {
        var people = data.People;
        var districts = data.Districts.Districts.Select(d => d.NcesLeaId).ToHashSet(StringComparer.Ordinal);
        Require(people.Staff.Count > 0, "people.json: no staff", problems);
        Duplicates(people.Districts.Select(d => d.District), "people.json: district", problems);
        foreach (var district in people.Districts)
        {
            Require(districts.Contains(district.District), $"people.json: district {district.District}: no such district in districts.json", problems);
        }

        foreach (var missing in districts.Where(id => people.Districts.All(d => d.District != id)))
        {
            problems.Add($"people.json: district {missing} has no lead and leader");
        }

        var everyone = people.Staff.Concat(people.Districts.SelectMany(d => new[] { d.Lead, d.Leader })).ToList();
        Duplicates(everyone.Select(p => p.Email.ToLowerInvariant()), "people.json: e-mail", problems);
        foreach (var person in everyone)
        {
            Require(person.Email.Contains('@', StringComparison.Ordinal) && person.Name.Length > 0, $"people.json: {person.Email} needs a name and an e-mail address", problems);
        }
    }
}
