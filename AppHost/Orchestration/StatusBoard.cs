using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Consortium.AppHost.Orchestration;

/// <summary>
/// The state of every resource: printed as a table for the operator, and kept in
/// <c>resources.json</c> in the state folder for tools and end-to-end tests (written atomically).
/// The printed table can carry a telemetry line under each resource that reported some.
/// </summary>
public sealed class StatusBoard(string statusFile)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Lock _gate = new();
    private readonly List<ResourceStatus> _resources = [];

    public void Set(ResourceStatus status)
    {
        lock (_gate)
        {
            var index = _resources.FindIndex(resource => resource.Name == status.Name);
            if (index >= 0)
            {
                _resources[index] = status;
            }
            else
            {
                _resources.Add(status);
            }

            Save();
        }
    }

    public void Update(string name, ResourceState state, int? processId, string? detail)
    {
        lock (_gate)
        {
            var current = _resources.Single(resource => resource.Name == name);
            Set(current with { State = state, ProcessId = processId, Detail = detail });
        }
    }

    public string Table(IReadOnlyDictionary<string, string>? telemetry = null)
    {
        lock (_gate)
        {
            var table = new StringBuilder();
            table.AppendLine();
            table.AppendLine($"  {"resource",-12} {"kind",-10} {"state",-10} {"pid",-8} endpoints");
            table.AppendLine($"  {new string('-', 12)} {new string('-', 10)} {new string('-', 10)} {new string('-', 8)} {new string('-', 40)}");
            foreach (var resource in _resources)
            {
                var endpoints = string.Join("  ", resource.Endpoints.Select(endpoint => $"{endpoint.Key}={endpoint.Value}"));
                table.AppendLine($"  {resource.Name,-12} {resource.Kind,-10} {resource.State,-10} {resource.ProcessId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-",-8} {endpoints}");
                if (telemetry?.GetValueOrDefault(resource.Name) is { } line)
                {
                    table.AppendLine($"  {string.Empty,-12} {line}");
                }
            }

            return table.ToString();
        }
    }

    private void Save()
    {
        var temporary = statusFile + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new { resources = _resources }, Json));
        File.Move(temporary, statusFile, overwrite: true);
    }
}
