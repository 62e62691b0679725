using Consortium.Insights.Domain.Confidentiality;
using Consortium.Insights.Domain.ReadModel;
using Xunit;

namespace Consortium.Insights.Tests.Domain;

/// <summary>
/// The projection rule: what counts from a district's accepted submissions, and the changes that
/// keep what the read model holds equal to it. The property tests generate review histories
/// (acceptances, revisions, returns, withdrawals; events late and out of order) and check that
/// applying each event's changes as it comes ends where the full computation from the final
/// submissions does, value for value, and with the same distributions.
/// </summary>
public sealed class ContributionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_districts_contributions_come_from_its_latest_acceptance_per_target_without_text()
    {
        var (shared, onlyOlder, text) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var older = Accepted(Now, (shared, 1m), (onlyOlder, 2m), (text, 9m));
        var newer = Accepted(Now.AddDays(1), (shared, 3m));

        var contributions = ContributionRules.Desired([newer, older], new HashSet<Guid> { text });

        Assert.Equal(2, contributions.Count);
        Assert.Equal((3m, newer.SubmissionId), (contributions[shared].Value, contributions[shared].SubmissionId));
        Assert.Equal((2m, older.SubmissionId), (contributions[onlyOlder].Value, contributions[onlyOlder].SubmissionId));
    }

    [Fact]
    public void Changes_name_exactly_the_targets_that_differ_in_target_order()
    {
        var (kept, revised, added, removed) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var submission = Guid.CreateVersion7();
        var current = new Dictionary<Guid, Contribution>
        {
            [kept] = Value(kept, 1m, submission),
            [revised] = Value(revised, 2m, submission),
            [removed] = Value(removed, 3m, submission),
        };
        var desired = new Dictionary<Guid, Contribution>
        {
            [kept] = Value(kept, 1m, submission),
            [revised] = Value(revised, 5m, submission),
            [added] = Value(added, 4m, submission),
        };

        var changes = ContributionRules.Changes(current, desired);

        Assert.Equal(new[] { revised, added, removed }.Order(), changes.Select(c => c.TargetId));
        Assert.Contains(changes, c => c.TargetId == added && c.Before is null && c.After!.Value == 4m);
        Assert.Contains(changes, c => c.TargetId == removed && c.Before!.Value == 3m && c.After is null);
        Assert.Contains(changes, c => c.TargetId == revised && c.Before!.Value == 2m && c.After!.Value == 5m);
        Assert.Empty(ContributionRules.Changes(desired, desired));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Applying_each_events_changes_ends_where_the_full_computation_does(int seed)
    {
        var random = new Random(seed);
        var history = new ReviewHistory(random, districts: 12, targets: 4, submissionsPerDistrict: 3);
        var held = new Dictionary<(Guid District, Guid Target), Contribution>();
        var appliedChanges = 0;

        foreach (var review in history.Events(count: 400))
        {
            // The incremental path: the event's district only, from what is held for it.
            var current = held.Where(h => h.Key.District == review.District).ToDictionary(h => h.Key.Target, h => h.Value);
            var desired = ContributionRules.Desired(history.AcceptedOf(review.District), history.TextTargets);
            foreach (var change in ContributionRules.Changes(current, desired))
            {
                appliedChanges++;
                if (change.After is null)
                {
                    held.Remove((review.District, change.TargetId));
                }
                else
                {
                    held[(review.District, change.TargetId)] = change.After;
                }
            }
        }

        // The full computation: every district from its final submissions, nothing remembered.
        var full = history.Districts
            .SelectMany(d => ContributionRules.Desired(history.AcceptedOf(d), history.TextTargets).Select(c => ((d, c.Key), c.Value)))
            .ToDictionary(pair => pair.Item1, pair => pair.Value);
        Assert.True(appliedChanges > 0, "the history changed nothing: the generator is broken");
        Assert.Equal(full.OrderBy(f => f.Key).ToList(), held.OrderBy(h => h.Key).ToList());
        foreach (var target in history.Targets)
        {
            Assert.Equal(
                full.Where(f => f.Key.Item2 == target).Select(f => f.Value.Value).Order(),
                held.Where(h => h.Key.Target == target).Select(h => h.Value.Value).Order());
        }
    }

    private static AcceptedSubmission Accepted(DateTimeOffset acceptedAt, params (Guid TargetId, decimal Value)[] values) =>
        new(Guid.CreateVersion7(), acceptedAt, Visibility.Named, [.. values.Select(v => new AnsweredTarget(v.TargetId, "X", v.Value))]);

    private static Contribution Value(Guid target, decimal value, Guid submission) =>
        new(target, "X", value, submission, Visibility.Named, Now);

    /// <summary>
    /// Generated reviews: each event sets a submission's status at a version; an event older than
    /// what the submission holds changes nothing (the read model's newest-version rule), so late
    /// and out-of-order events are part of every history.
    /// </summary>
    private sealed class ReviewHistory
    {
        private readonly Random _random;
        private readonly Dictionary<Guid, Guid> _districtOf = [];
        private readonly Dictionary<Guid, (int Version, bool Accepted, AcceptedSubmission Content)> _state = [];
        private readonly List<Guid> _submissions = [];

        public ReviewHistory(Random random, int districts, int targets, int submissionsPerDistrict)
        {
            _random = random;
            Districts = [.. Enumerable.Range(0, districts).Select(_ => Guid.CreateVersion7())];
            Targets = [.. Enumerable.Range(0, targets).Select(_ => Guid.CreateVersion7())];
            TextTargets = new HashSet<Guid> { Targets[^1] };
            foreach (var district in Districts)
            {
                for (var i = 0; i < submissionsPerDistrict; i++)
                {
                    var submission = Guid.CreateVersion7();
                    _districtOf[submission] = district;
                    _submissions.Add(submission);
                }
            }
        }

        public IReadOnlyList<Guid> Districts { get; }

        public IReadOnlyList<Guid> Targets { get; }

        public IReadOnlySet<Guid> TextTargets { get; }

        /// <summary>The events as they arrive; each is applied to the submission states before it is yielded.</summary>
        public IEnumerable<(Guid District, Guid Submission)> Events(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var submission = _submissions[_random.Next(_submissions.Count)];
                var held = _state.GetValueOrDefault(submission);
                // A quarter arrive late: an older version than the submission holds, which changes nothing.
                var version = held.Version > 1 && _random.Next(4) == 0 ? _random.Next(1, held.Version) : held.Version + 1 + _random.Next(2);
                if (version > held.Version)
                {
                    var accepted = _random.Next(3) != 0;
                    var answers = Targets.Where(_ => _random.Next(3) != 0)
                        .Select(t => new AnsweredTarget(t, "X", _random.Next(0, 6) * 12.5m))
                        .ToList();
                    var content = accepted
                        ? new AcceptedSubmission(submission, Now.AddMinutes(i), (Visibility)_random.Next(1, 4), answers)
                        : held.Content; // a return or a withdrawal carries no content
                    _state[submission] = (version, accepted, content ?? new AcceptedSubmission(submission, Now.AddMinutes(i), Visibility.Named, []));
                }

                yield return (_districtOf[submission], submission);
            }
        }

        public IEnumerable<AcceptedSubmission> AcceptedOf(Guid district) =>
            _state.Where(s => _districtOf[s.Key] == district && s.Value.Accepted).Select(s => s.Value.Content);
    }
}
