namespace Consortium.Insights.Domain.Confidentiality;

/// <summary>
/// An aggregate that passed the confidentiality rules, or the reason it did not. There is no
/// way to hold both a suppression and a value, so a partial figure cannot slip out next to
/// "suppressed".
/// </summary>
public sealed class Guarded<T>
{
    private readonly T? _value;

    internal Guarded(T? value, Suppression? suppression)
    {
        _value = value;
        Suppression = suppression;
    }

    public Suppression? Suppression { get; }

    public bool IsSuppressed => Suppression is not null;

    /// <summary>The value; throws when suppressed so a caller cannot read a default by mistake.</summary>
    public T Value => IsSuppressed
        ? throw new InvalidOperationException($"The answer is suppressed: {Suppression!.Explanation}")
        : _value!;
}

/// <summary>Builds <see cref="Guarded{T}"/> answers.</summary>
public static class Guarded
{
    public static Guarded<T> Answered<T>(T value) => new(value, null);

    public static Guarded<T> Withheld<T>(Suppression suppression) => new(default, suppression);

    /// <summary>Computes the value only when answerable, so suppressed data is never even summarised.</summary>
    public static Guarded<T> From<T>(Suppression? suppression, Func<T> compute) =>
        suppression is null ? Answered(compute()) : Withheld<T>(suppression);
}
