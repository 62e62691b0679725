using System.Net;
using System.Text;
using System.Text.Json;
using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Npgsql;

namespace Consortium.Testing.Services;

/// <summary>
/// Sends malformed calls to every RPC of a service, found from the contract's descriptor (so an
/// RPC added tomorrow is covered without touching a test): over gRPC, a field the contract does
/// not define and enum numbers outside each enum; over JSON, unknown fields, values of the wrong
/// type, nulls in lists, undefined enum numbers and names, unknown query parameters and 100 kB
/// strings. Every call must be refused as bad input naming the field (huge strings: never a 5xx
/// and never echoed whole), and the service's database must be unchanged afterwards.
/// </summary>
public static class BadInputSuite
{
    private const int HugeLength = 100_000;

    public sealed record Report(int Calls, IReadOnlyList<string> Failures);

    /// <summary>Runs the suite against a hosted service as consortium staff (the role allowed the most RPCs).</summary>
    public static async Task<Report> RunAsync<TEntryPoint>(ServiceUnderTest<TEntryPoint> host, ServiceDescriptor service, CancellationToken cancellationToken)
        where TEntryPoint : class
    {
        var token = host.Tokens.Issue("staff-bad-input", Contracts.Security.Roles.ConsortiumStaff);
        using var http = host.Http(token);
        return await RunAsync(service, host.Channel(token).CreateCallInvoker(), http, host.Environment.DatabaseConnectionString, cancellationToken);
    }

    public static async Task<Report> RunAsync(
        ServiceDescriptor service, CallInvoker grpc, HttpClient http, string databaseConnectionString, CancellationToken cancellationToken)
    {
        var before = await FingerprintAsync(databaseConnectionString, cancellationToken);
        var failures = new List<string>();
        var calls = 0;
        foreach (var method in service.Methods)
        {
            foreach (var (description, bytes, field) in GrpcCases(method.InputType))
            {
                calls++;
                var problem = await CallGrpcAsync(grpc, method, bytes, field);
                if (problem is not null)
                {
                    failures.Add($"gRPC {method.Name} {description}: {problem}");
                }
            }

            var rule = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
            if (rule is null)
            {
                continue;
            }

            foreach (var jsonCase in JsonCases(method.InputType, rule))
            {
                calls++;
                var problem = await CallJsonAsync(http, jsonCase, cancellationToken);
                if (problem is not null)
                {
                    failures.Add($"JSON {method.Name} {jsonCase.Description}: {problem}");
                }
            }
        }

        var after = await FingerprintAsync(databaseConnectionString, cancellationToken);
        var changed = after.Except(before).Select(line => line.Split(':')[0]).ToList();
        if (changed.Count > 0)
        {
            failures.Add($"the database changed although every call was malformed: {string.Join(", ", changed)}.");
        }

        return new Report(calls, failures);
    }

    private static IEnumerable<(string Description, byte[] Bytes, string Field)> GrpcCases(MessageDescriptor input)
    {
        yield return ("with field number 999", Varint(999, 1), "#999");
        foreach (var field in input.Fields.InFieldNumberOrder().Where(f => f.FieldType == FieldType.Enum))
        {
            var path = field.IsRepeated ? $"{field.Name}[0]" : field.Name;
            yield return ($"with {field.Name} = 999", Varint(field.FieldNumber, 999), path);
            yield return ($"with {field.Name} = -1", Varint(field.FieldNumber, unchecked((ulong)-1L)), path);
        }
    }

    private static byte[] Varint(int fieldNumber, ulong value)
    {
        using var stream = new MemoryStream();
        var output = new CodedOutputStream(stream);
        output.WriteTag(fieldNumber, WireFormat.WireType.Varint);
        output.WriteUInt64(value);
        output.Flush();
        return stream.ToArray();
    }

    private static async Task<string?> CallGrpcAsync(CallInvoker grpc, MethodDescriptor method, byte[] request, string field)
    {
        var raw = new Method<byte[], byte[]>(
            MethodType.Unary, method.Service.FullName, method.Name, Marshallers.Create(b => b, b => b), Marshallers.Create(b => b, b => b));
        try
        {
            await grpc.AsyncUnaryCall(raw, null, new CallOptions(), request);
            return "was accepted.";
        }
        catch (RpcException exception) when (exception.StatusCode == StatusCode.InvalidArgument)
        {
            var badRequest = exception.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>();
            return badRequest?.FieldViolations.Any(v => v.Field == field) == true ? null : $"INVALID_ARGUMENT without a violation of {field}: {exception.Status.Detail}";
        }
        catch (RpcException exception)
        {
            return $"{exception.StatusCode}: {exception.Status.Detail}";
        }
    }

    private sealed record JsonCase(string Description, HttpMethod Verb, string Url, string? Body, string? Field);

    private static IEnumerable<JsonCase> JsonCases(MessageDescriptor input, HttpRule rule)
    {
        var (verb, template) = rule.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => (HttpMethod.Get, rule.Get),
            HttpRule.PatternOneofCase.Post => (HttpMethod.Post, rule.Post),
            HttpRule.PatternOneofCase.Put => (HttpMethod.Put, rule.Put),
            HttpRule.PatternOneofCase.Patch => (HttpMethod.Patch, rule.Patch),
            HttpRule.PatternOneofCase.Delete => (HttpMethod.Delete, rule.Delete),
            _ => (HttpMethod.Post, rule.Custom.Path),
        };
        var url = System.Text.RegularExpressions.Regex.Replace(template, "\\{[^}]+\\}", _ => Guid.NewGuid().ToString());
        var pathFields = System.Text.RegularExpressions.Regex.Matches(template, "\\{([a-z_.]+)").Select(m => m.Groups[1].Value).ToHashSet();

        if (rule.Body.Length == 0)
        {
            yield return new("with an unknown query parameter", verb, $"{url}?notAField=1", null, "notAField");
            foreach (var field in input.Fields.InFieldNumberOrder().Where(f => f.FieldType == FieldType.Enum && !pathFields.Contains(f.Name)))
            {
                yield return new($"with ?{field.JsonName}=999", verb, $"{url}?{field.JsonName}=999", null, field.JsonName);
            }

            yield break;
        }

        var body = rule.Body == "*" ? input : input.FindFieldByName(rule.Body).MessageType;
        yield return new("with an unknown field", verb, url, "{\"notAField\": 1}", "notAField");
        yield return new("with a list as the body", verb, url, "[]", "(body)");
        yield return new("with a body that is not JSON", verb, url, "{\"a\":", "(body)");
        foreach (var field in body.Fields.InFieldNumberOrder().Where(f => rule.Body != "*" || !pathFields.Contains(f.Name)))
        {
            var name = field.JsonName;
            if (field.IsMap)
            {
                yield return new($"with {name} a list", verb, url, $"{{\"{name}\": [1]}}", name);
                continue;
            }

            if (field.IsRepeated)
            {
                yield return new($"with {name} an object", verb, url, $"{{\"{name}\": {{\"a\": 1}}}}", name);
                yield return new($"with a null in {name}", verb, url, $"{{\"{name}\": [null]}}", $"{name}[0]");
                continue;
            }

            yield return new($"with {name} of the wrong type", verb, url, $"{{\"{name}\": {WrongType(field)}}}", name);
            if (field.FieldType == FieldType.Enum)
            {
                yield return new($"with {name} = 999", verb, url, $"{{\"{name}\": 999}}", name);
                yield return new($"with {name} = -1", verb, url, $"{{\"{name}\": -1}}", name);
                yield return new($"with {name} an unknown name", verb, url, $"{{\"{name}\": \"NOT_A_VALUE\"}}", name);
            }

            if (field.FieldType == FieldType.String)
            {
                yield return new($"with a 100 kB {name}", verb, url, JsonSerializer.Serialize(new Dictionary<string, string> { [name] = new string('x', HugeLength) }), Field: null);
            }
        }
    }

    // A JSON value that is not of the field's type under the protobuf JSON mapping.
    private static string WrongType(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.String => "{\"a\": 1}",
        FieldType.Bool => "\"yes\"",
        FieldType.Message => "[1, 2]",
        FieldType.Enum => "true",
        FieldType.Bytes => "\"not base64!\"",
        _ => "\"twelve\"",
    };

    private static async Task<string?> CallJsonAsync(HttpClient http, JsonCase call, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(call.Verb, call.Url);
        if (call.Body is not null)
        {
            request.Content = new StringContent(call.Body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if ((int)response.StatusCode >= 500)
        {
            return $"HTTP {(int)response.StatusCode}: {Cut(text)}";
        }

        if (call.Field is null)
        {
            // A huge string: refused or not (some fields have no limit), it is never echoed whole.
            return text.Length > 4_096 ? $"HTTP {(int)response.StatusCode} echoed {text.Length} characters." : null;
        }

        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return $"HTTP {(int)response.StatusCode}, not 400: {Cut(text)}";
        }

        return text.Contains($"\"field\":\"{call.Field}", StringComparison.Ordinal) || text.Contains($"\"field\": \"{call.Field}", StringComparison.Ordinal)
            ? null
            : $"400 without a violation of {call.Field}: {Cut(text)}";
    }

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300];

    /// <summary>Every row of every table of the service's database, hashed.</summary>
    private static async Task<IReadOnlyList<string>> FingerprintAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1",
            connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var fingerprint = new List<string>();
        foreach (var table in tables)
        {
            // The outbox dispatcher marks earlier events sent meanwhile: there, only new rows count.
            var rows = table.EndsWith("outbox_messages", StringComparison.Ordinal) ? "count(*)::text" : "coalesce(md5(string_agg(t::text, '|' order by t::text)), '')";
            await using var hash = new NpgsqlCommand($"select {Quote(table)} || ':' || {rows} from {table} t", connection);
            fingerprint.Add((string)(await hash.ExecuteScalarAsync(cancellationToken))!);
        }

        return fingerprint;
    }

    private static string Quote(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";
}
