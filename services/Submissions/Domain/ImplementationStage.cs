namespace Consortium.Submissions.Domain;

/// <summary>NIRN implementation stages, in order.</summary>
public enum ImplementationStage
{
    Exploration = 1,
    Installation = 2,
    InitialImplementation = 3,
    FullImplementation = 4,
}
