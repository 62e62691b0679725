namespace Consortium.AppHost;

/// <summary>The AppHost's few arguments: an optional command word, <c>--flag</c>s and <c>--name value</c> pairs.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    private CommandLine(string? command) => Command = command;

    public string? Command { get; }

    public static CommandLine Parse(string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : null;
        var line = new CommandLine(command);
        for (var i = command is null ? 0 : 1; i < args.Length; i++)
        {
            var takesValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            line._options[args[i]] = takesValue ? args[++i] : null;
        }

        return line;
    }

    public bool Has(string option) => _options.ContainsKey(option);

    public string? Value(string option) => _options.GetValueOrDefault(option);
}
