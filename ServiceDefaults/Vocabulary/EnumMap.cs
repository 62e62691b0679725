using System.Collections.Frozen;

namespace Consortium.ServiceDefaults.Vocabulary;

/// <summary>
/// The one mapping between an enum of the contracts (a .proto enum or an event enum) and the
/// same vocabulary in a service's domain, member by member by name, never by number: the numbers
/// of the two sides are allowed to differ (the domain's may start at 1, a proto's 0 is "not set").
/// <para>
/// Built and checked once, when the map is created: a member on one side only is an error
/// (<see cref="EnumMapMismatchException"/>) unless the declaration names it as one side's own
/// (e.g. Submissions' <c>Visibility.Inherit</c>, resolved before an event leaves the service).
/// Members spelt differently on the two sides are paired explicitly (<c>renamed</c>).
/// A contract member named <c>Unspecified</c> is "not set" and has no domain member.
/// At run time a number that is not a defined member — or a member that has no counterpart — is
/// an error (<see cref="UndefinedEnumValueException"/>), never passed on as a number.
/// </para>
/// </summary>
/// <typeparam name="TContract">The enum of the contracts (generated from .proto or an event enum).</typeparam>
/// <typeparam name="TDomain">The service's own enum for the same vocabulary.</typeparam>
public sealed class EnumMap<TContract, TDomain> : IEnumMap
    where TContract : struct, Enum
    where TDomain : struct, Enum
{
    /// <summary>The member name protobuf's C# generator gives a <c>*_UNSPECIFIED = 0</c> value.</summary>
    public const string UnspecifiedName = "Unspecified";

    private readonly FrozenDictionary<TContract, TDomain> toDomain;
    private readonly FrozenDictionary<TDomain, TContract> toContract;
    private readonly TContract? unspecified;

    /// <param name="contractOnly">Contract members that have no domain counterpart by design.</param>
    /// <param name="domainOnly">Domain members that have no contract counterpart by design.</param>
    /// <param name="renamed">Pairs of members that mean the same but are spelt differently.</param>
    public EnumMap(
        IEnumerable<TContract>? contractOnly = null,
        IEnumerable<TDomain>? domainOnly = null,
        IEnumerable<(TContract Contract, TDomain Domain)>? renamed = null)
    {
        var contractNames = Enum.GetValues<TContract>().ToDictionary(value => value.ToString());
        var domainNames = Enum.GetValues<TDomain>().ToDictionary(value => value.ToString());
        if (contractNames.TryGetValue(UnspecifiedName, out var notSet) && Convert.ToInt64(notSet, null) == 0)
        {
            unspecified = notSet;
            contractNames.Remove(UnspecifiedName);
        }

        var renamedPairs = (renamed ?? []).ToList();
        foreach (var (contract, domain) in renamedPairs)
        {
            contractNames.Remove(contract.ToString());
            domainNames.Remove(domain.ToString());
        }

        ContractOnly = (contractOnly ?? []).ToHashSet();
        DomainOnly = (domainOnly ?? []).ToHashSet();
        var unexpectedContract = contractNames.Values.Where(c => !domainNames.ContainsKey(c.ToString()) && !ContractOnly.Contains(c)).ToList();
        var unexpectedDomain = domainNames.Values.Where(d => !contractNames.ContainsKey(d.ToString()) && !DomainOnly.Contains(d)).ToList();
        var declaredButPaired = ContractOnly.Where(c => domainNames.ContainsKey(c.ToString()))
            .Select(c => c.ToString()).Concat(DomainOnly.Where(d => contractNames.ContainsKey(d.ToString())).Select(d => d.ToString())).ToList();
        if (unexpectedContract.Count > 0 || unexpectedDomain.Count > 0 || declaredButPaired.Count > 0)
        {
            throw new EnumMapMismatchException(
                $"{typeof(TContract).FullName} ↔ {typeof(TDomain).FullName}: "
                + $"only in the contract: [{string.Join(", ", unexpectedContract)}]; "
                + $"only in the domain: [{string.Join(", ", unexpectedDomain)}]; "
                + $"declared one-sided but present on both sides: [{string.Join(", ", declaredButPaired)}]");
        }

        var pairs = contractNames
            .Where(pair => domainNames.ContainsKey(pair.Key))
            .Select(pair => (Contract: pair.Value, Domain: domainNames[pair.Key]))
            .Concat(renamedPairs)
            .ToList();
        toDomain = pairs.ToFrozenDictionary(pair => pair.Contract, pair => pair.Domain);
        toContract = pairs.ToFrozenDictionary(pair => pair.Domain, pair => pair.Contract);
    }

    /// <summary>Contract members declared as having no domain counterpart.</summary>
    public IReadOnlySet<TContract> ContractOnly { get; }

    /// <summary>Domain members declared as having no contract counterpart.</summary>
    public IReadOnlySet<TDomain> DomainOnly { get; }

    /// <inheritdoc />
    public Type ContractType => typeof(TContract);

    /// <inheritdoc />
    public Type DomainType => typeof(TDomain);

    /// <summary>The domain member of the same name; "not set", an undefined number or a contract-only member is an error.</summary>
    public TDomain ToDomain(TContract value) =>
        toDomain.TryGetValue(value, out var domain) ? domain : throw Undefined(value);

    /// <summary>The domain member of the same name, or <c>null</c> for "not set" (<c>Unspecified</c>).</summary>
    public TDomain? ToDomainOrNull(TContract value) =>
        unspecified is { } notSet && EqualityComparer<TContract>.Default.Equals(value, notSet) ? null : ToDomain(value);

    /// <summary>The contract member of the same name; an undefined number or a domain-only member is an error.</summary>
    public TContract ToContract(TDomain value) =>
        toContract.TryGetValue(value, out var contract) ? contract : throw Undefined(value);

    /// <summary>The contract member of the same name, or "not set" (<c>Unspecified</c>) for <c>null</c>.</summary>
    public TContract ToContract(TDomain? value) => value switch
    {
        { } set => ToContract(set),
        null when unspecified is { } notSet => notSet,
        null => throw new UndefinedEnumValueException($"{typeof(TContract).FullName} has no Unspecified member to say \"not set\"."),
    };

    private static UndefinedEnumValueException Undefined<TValue>(TValue value)
        where TValue : struct, Enum =>
        new($"{typeof(TValue).FullName} value {value} has no counterpart in the mapping {typeof(TContract).Name} ↔ {typeof(TDomain).Name}.");
}

/// <summary>What every <see cref="EnumMap{TContract, TDomain}"/> tells about itself, for the tests that walk them.</summary>
public interface IEnumMap
{
    /// <summary>The contract side.</summary>
    Type ContractType { get; }

    /// <summary>The domain side.</summary>
    Type DomainType { get; }
}

/// <summary>The two sides of an enum mapping do not name the same members.</summary>
public sealed class EnumMapMismatchException(string message) : Exception(message);

/// <summary>A value that is not a member of its enum, or has no counterpart on the other side.</summary>
public sealed class UndefinedEnumValueException(string message) : ArgumentOutOfRangeException(null, message);
