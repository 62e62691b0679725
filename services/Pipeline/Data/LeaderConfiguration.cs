using Consortium.Pipeline.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consortium.Pipeline.Data;

internal sealed class LeaderConfiguration : IEntityTypeConfiguration<Leader>
{
    public void Configure(EntityTypeBuilder<Leader> leader)
    {
        leader.ToTable("leaders");
        leader.HasKey(l => l.Id);
        leader.Property(l => l.Id).ValueGeneratedNever();
        leader.Property(l => l.Name).HasMaxLength(Leader.NameMaxLength);
        leader.Property(l => l.Email).HasMaxLength(Leader.EmailMaxLength);
        leader.Property(l => l.LeaderSubject).HasMaxLength(Leader.SubjectMaxLength);
        leader.Property(l => l.RoleCode).HasMaxLength(LeaderRole.CodeMaxLength);
        leader.Property(l => l.Stage).HasConversion<string>().HasMaxLength(20);
        leader.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        // Every change bumps Version in the domain; a concurrent writer's UPDATE then matches no row.
        leader.Property(l => l.Version).IsConcurrencyToken();
        leader.HasOne<LeaderRole>().WithMany().HasForeignKey(l => l.RoleCode).OnDelete(DeleteBehavior.Restrict);

        // Lists are per district, by name with id as tie-breaker (the keyset of the page token).
        leader.HasIndex(l => new { l.DistrictId, l.Name, l.Id });
        leader.HasIndex(l => new { l.Name, l.Id });
        // A leader caller finds their own record by subject.
        leader.HasIndex(l => l.LeaderSubject);

        leader.OwnsMany(l => l.StageHistory, history =>
        {
            history.ToTable("stage_changes");
            history.WithOwner().HasForeignKey("leader_id");
            history.HasKey(change => change.Id);
            history.Property(change => change.Id).ValueGeneratedNever();
            history.Property(change => change.From).HasColumnName("from_stage").HasConversion<string>().HasMaxLength(20);
            history.Property(change => change.To).HasColumnName("to_stage").HasConversion<string>().HasMaxLength(20);
            history.Property(change => change.Reason).HasMaxLength(Leader.ReasonMaxLength);
            history.Property(change => change.ChangedBy).HasMaxLength(Leader.SubjectMaxLength);
        });
        leader.Navigation(l => l.StageHistory).UsePropertyAccessMode(PropertyAccessMode.Field);

        leader.OwnsMany(l => l.Readiness, readiness =>
        {
            readiness.ToTable("readiness_assessments");
            readiness.WithOwner().HasForeignKey("leader_id");
            readiness.HasKey(assessment => assessment.Id);
            readiness.Property(assessment => assessment.Id).ValueGeneratedNever();
            readiness.Property(assessment => assessment.TargetRoleCode).HasMaxLength(LeaderRole.CodeMaxLength);
            readiness.Property(assessment => assessment.Level).HasConversion<string>().HasMaxLength(20);
            readiness.Property(assessment => assessment.Assessor).HasMaxLength(Leader.AssessorMaxLength);
            readiness.Property(assessment => assessment.Note).HasMaxLength(Leader.NoteMaxLength);
            readiness.Property(assessment => assessment.RecordedBy).HasMaxLength(Leader.SubjectMaxLength);
        });
        leader.Navigation(l => l.Readiness).UsePropertyAccessMode(PropertyAccessMode.Field);

        leader.OwnsMany(l => l.Moves, moves =>
        {
            moves.ToTable("leader_moves");
            moves.WithOwner().HasForeignKey("leader_id");
            moves.HasKey(move => move.Id);
            moves.Property(move => move.Id).ValueGeneratedNever();
            moves.Property(move => move.Status).HasConversion<string>().HasMaxLength(20);
            moves.Property(move => move.ProposedBy).HasMaxLength(Leader.SubjectMaxLength);
            moves.Property(move => move.DecidedBy).HasMaxLength(Leader.SubjectMaxLength);
        });
        leader.Navigation(l => l.Moves).UsePropertyAccessMode(PropertyAccessMode.Field);
        leader.OwnsMany(l => l.CompetencyRatings, ratings =>
        {
            ratings.ToTable("competency_ratings");
            ratings.WithOwner().HasForeignKey("leader_id");
            ratings.HasKey(rating => rating.Id);
            ratings.Property(rating => rating.Id).ValueGeneratedNever();
            ratings.Property(rating => rating.CompetencyCode).HasMaxLength(Competency.CodeMaxLength);
            ratings.Property(rating => rating.Source).HasConversion<string>().HasMaxLength(20);
            ratings.Property(rating => rating.Evidence).HasMaxLength(Leader.EvidenceMaxLength);
            ratings.Property(rating => rating.RecordedBy).HasMaxLength(Leader.SubjectMaxLength);
        });
        leader.Navigation(l => l.CompetencyRatings).UsePropertyAccessMode(PropertyAccessMode.Field);
        leader.Ignore(l => l.PendingMove);
        leader.Ignore(l => l.IsActive);
        leader.Ignore(l => l.Subject);
    }
}
