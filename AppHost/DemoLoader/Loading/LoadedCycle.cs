using Consortium.Contracts.Topics.V1;

namespace Consortium.DemoLoader.Loading;

/// <summary>A cycle as the Topics service knows it, with its published topics.</summary>
internal sealed record LoadedCycle(Cycle Cycle, IReadOnlyList<Topic> Topics)
{
    public Topic Topic(string title) => Topics.Single(topic => topic.Title == title);
}
