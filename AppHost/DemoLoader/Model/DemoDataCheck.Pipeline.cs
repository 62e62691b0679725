namespace Consortium.DemoLoader.Model;

internal static partial class DemoDataCheck
{
    private static void CheckPipeline(DemoDataSet data, List<string> problems)
    {
        var pipeline = data.Pipeline;
        var competencies = pipeline.Competencies.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        Duplicates(pipeline.Competencies.Select(c => c.Code), "pipeline.json: competency", problems);
        Duplicates(pipeline.Districts.Select(d => d.District), "pipeline.json: district", problems);
        foreach (var (key, program) in pipeline.Programs)
        {
            Require(program.Competencies.All(competencies.Contains), $"pipeline.json: program {key} names a competency the framework lacks", problems);
            Require(program.StartOn <= program.EndOn, $"pipeline.json: program {key} ends before it starts", problems);
        }

        foreach (var district in pipeline.Districts)
        {
            CheckDistrictPipeline(data, district, competencies, problems);
        }

        // Moves and departures have one request id per district (as the first demo had).
        Duplicates(pipeline.Moves.Select(m => m.District), "pipeline.json: a move from district", problems);
        Duplicates(pipeline.Moves.Select(m => m.To), "pipeline.json: a move to district", problems);
        Duplicates(pipeline.Departures.Select(d => d.District), "pipeline.json: a departure from district", problems);
        foreach (var move in pipeline.Moves)
        {
            Require(Leader(pipeline, move.District, move.Leader) is not null, $"pipeline.json: the move names leader {move.Leader} of {move.District}, who is not there", problems);
            Require(move.To != move.District && pipeline.Districts.Any(d => d.District == move.To), $"pipeline.json: leader {move.Leader} of {move.District} moves to {move.To}, not another demo district", problems);
        }

        foreach (var departure in pipeline.Departures)
        {
            Require(Leader(pipeline, departure.District, departure.Leader) is not null, $"pipeline.json: the departure names leader {departure.Leader} of {departure.District}, who is not there", problems);
        }
    }

    private static void CheckDistrictPipeline(DemoDataSet data, DemoDistrictPipeline district, HashSet<string> competencies, List<string> problems)
    {
        var where = $"pipeline.json: district {district.District}";
        Require(data.Districts.Districts.Any(d => d.NcesLeaId == district.District), $"{where} is not in districts.json", problems);
        Duplicates(district.Leaders.Select(l => l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{where}: leader number", problems);
        Duplicates(district.Leaders.SelectMany(l => l.Activities).Select(a => a.Key), $"{where}: activity key", problems);
        foreach (var leader in district.Leaders)
        {
            Require(leader.Ratings.All(r => competencies.Contains(r.Competency)), $"{where} leader {leader.Number}: a rating names a competency the framework lacks", problems);
            Require(leader.Activities.All(a => data.Pipeline.Programs.ContainsKey(a.Program)), $"{where} leader {leader.Number}: an activity names an unknown program", problems);
        }

        foreach (var role in district.CriticalRoles)
        {
            var numbers = role.Incumbent is { } incumbent ? role.Successors.Append(incumbent) : role.Successors;
            Require(numbers.All(n => district.Leaders.Any(l => l.Number == n)), $"{where}: critical role \"{role.Title}\" names a leader the district does not have", problems);
            Require(role.Successors.All(n => district.Leaders.SingleOrDefault(l => l.Number == n)?.Readiness is not null), $"{where}: critical role \"{role.Title}\" has a successor whose readiness was never assessed", problems);
        }
    }

    private static DemoLeader? Leader(PipelineFile pipeline, string district, int number) =>
        pipeline.Districts.SingleOrDefault(d => d.District == district)?.Leaders.SingleOrDefault(l => l.Number == number);
}
