using Consortium.Contracts.Districts.V1;
using Grpc.Core;

namespace Consortium.Web.Tests;

/// <summary>Member districts for the district select staff use on a page about one district.</summary>
internal sealed class FakeDistrictList : DistrictsService.DistrictsServiceClient
{
    public const string Lakeside = "6f1c0a52-0000-4000-8000-0000000000d1";
    public const string Hillview = "6f1c0a52-0000-4000-8000-0000000000d2";

    public override AsyncUnaryCall<ListDistrictsResponse> ListDistrictsAsync(ListDistrictsRequest request, CallOptions options) =>
        FakeCalls.Answer(new ListDistrictsResponse
        {
            Districts =
            {
                new DistrictSummary { DistrictId = Hillview, Name = "Hillview SD" },
                new DistrictSummary { DistrictId = Lakeside, Name = "Lakeside SD" },
            },
        });
}
