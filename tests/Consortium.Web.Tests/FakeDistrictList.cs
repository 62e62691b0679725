using Consortium.Contracts.Districts.V1;
using Grpc.Core;

namespace Consortium.Web.Tests;

/// <summary>Member districts for the district search staff use on a page about one district; answers by name, as the service does.</summary>
internal sealed class FakeDistrictList : DistrictsService.DistrictsServiceClient
{
    public const string Lakeside = "6f1c0a52-0000-4000-8000-0000000000d1";
    public const string Hillview = "6f1c0a52-0000-4000-8000-0000000000d2";

    private static readonly DistrictSummary[] s_districts =
    [
        new() { DistrictId = Hillview, Name = "Hillview SD" },
        new() { DistrictId = Lakeside, Name = "Lakeside SD" },
    ];

    public ListDistrictsRequest? LastRequest { get; private set; }

    public override AsyncUnaryCall<ListDistrictsResponse> ListDistrictsAsync(ListDistrictsRequest request, CallOptions options)
    {
        LastRequest = request;
        return FakeCalls.Answer(new ListDistrictsResponse
        {
            Districts = { s_districts.Where(d => d.Name.Contains(request.NameContains, StringComparison.OrdinalIgnoreCase)) },
        });
    }
}
