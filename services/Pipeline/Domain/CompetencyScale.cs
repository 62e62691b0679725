namespace Consortium.Pipeline.Domain;

/// <summary>
/// The framework's rating scale: four levels with descriptors, as most state principal
/// evaluation rubrics use (an even number avoids a noncommittal middle).
/// </summary>
public static class CompetencyScale
{
    public const int Min = 1;
    public const int Max = 4;

    public static string Label(int score) => score switch
    {
        1 => "Developing",
        2 => "Approaching",
        3 => "Proficient",
        4 => "Distinguished",
        _ => throw new ArgumentOutOfRangeException(nameof(score), score, "Scores are 1–4."),
    };
}
