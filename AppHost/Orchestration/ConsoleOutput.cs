namespace Consortium.AppHost.Orchestration;

/// <summary>
/// The AppHost's console: every line prefixed with the resource it comes from, padded so the
/// columns line up, one writer at a time so lines from different processes never interleave.
/// </summary>
public sealed class ConsoleOutput
{
    private const int PrefixWidth = 12;

    private static readonly ConsoleColor[] Palette =
        [ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Magenta, ConsoleColor.Yellow, ConsoleColor.Blue, ConsoleColor.DarkCyan];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ConsoleColor> _colors = new(StringComparer.Ordinal);
    private readonly bool _useColor = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    public void Line(string resource, string text, bool isError = false)
    {
        lock (_gate)
        {
            var color = ColorOf(resource);
            if (_useColor)
            {
                Console.ForegroundColor = color;
            }

            Console.Out.Write($"{resource,-PrefixWidth}| ");
            if (_useColor)
            {
                Console.ResetColor();
                if (isError)
                {
                    Console.ForegroundColor = ConsoleColor.Red;
                }
            }

            Console.Out.WriteLine(text);
            if (_useColor)
            {
                Console.ResetColor();
            }
        }
    }

    /// <summary>Writes a block (e.g. the status table) without prefixes.</summary>
    public void Block(string text)
    {
        lock (_gate)
        {
            Console.Out.WriteLine(text);
        }
    }

    private ConsoleColor ColorOf(string resource)
    {
        if (!_colors.TryGetValue(resource, out var color))
        {
            color = Palette[_colors.Count % Palette.Length];
            _colors[resource] = color;
        }

        return color;
    }
}
