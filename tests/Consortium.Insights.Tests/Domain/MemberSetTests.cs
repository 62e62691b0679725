using System.Security.Cryptography;
using System.Text;
using Consortium.Insights.Domain.Confidentiality;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

/// <summary>
/// A set's key names it in <c>answered_groups</c> and <c>answered_group_sets</c>: rows recorded
/// years ago must still be found, so the key is pinned to its definition (SHA-256 of the sorted
/// ids' text joined by commas), whatever the way it is computed.
/// </summary>
public class MemberSetTests
{
    public static TheoryData<int> Sizes() => [0, 1, 2, 37, 13_000];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_key_is_the_sha256_of_the_sorted_ids_joined_by_commas(int size)
    {
        var random = new Random(size);
        var ids = Enumerable.Range(0, size).Select(_ => new Guid(random.GetItems<byte>(Enumerable.Range(0, 256).Select(b => (byte)b).ToArray(), 16))).ToList();
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(string.Join(',', ids.Order()))));

        Assert.Equal(expected, new MemberSet(ids).Key);
        Assert.Equal(expected, new MemberSet(ids.Order()).Key);
    }

    [Fact]
    public void Sorted_unsorted_and_repeated_ids_make_the_same_set()
    {
        Guid[] ids = [.. Enumerable.Range(1, 9).Select(i => new Guid(i, 0, 0, new byte[8]))];
        var sorted = new MemberSet(ids);
        var shuffled = new MemberSet([ids[4], ids[0], ids[8], ids[4], .. ids]);

        Assert.Equal(sorted, shuffled);
        Assert.Equal(sorted.Key, shuffled.Key);
        Assert.Equal(9, shuffled.Count);
        Assert.All(ids, id => Assert.True(sorted.Contains(id) && shuffled.Contains(id)));
        Assert.False(sorted.Contains(Guid.NewGuid()));
    }
}
