using Consortium.ServiceDefaults.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Consortium.ServiceDefaults.Messaging;

public static class MessagingModel
{
    /// <summary>
    /// Adds the shared tables every service database has: the outbox, the inbox and the log of
    /// processed client requests. Call from <c>OnModelCreating</c>.
    /// </summary>
    public static ModelBuilder AddServiceDefaultTables(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(message => message.Sequence);
            outbox.Property(message => message.Sequence).UseIdentityAlwaysColumn();
            outbox.HasIndex(message => message.Id).IsUnique();
            outbox.Property(message => message.MessageType).HasMaxLength(300);
            outbox.Property(message => message.Body).HasColumnType("jsonb");
            outbox.Property(message => message.TraceParent).HasMaxLength(128);
            outbox.Property(message => message.TraceState).HasMaxLength(512);
            outbox.Property(message => message.LastError).HasMaxLength(2000);
            // The dispatcher's query: unsent rows due now, in order. Partial, so it stays small.
            outbox.HasIndex(message => new { message.NextAttemptAt, message.Sequence })
                .HasFilter("sent_at IS NULL")
                .HasDatabaseName("ix_outbox_messages_unsent");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(message => new { message.MessageId, message.Consumer });
            inbox.Property(message => message.Consumer).HasMaxLength(200);
            inbox.HasIndex(message => message.ProcessedAt);
        });

        modelBuilder.Entity<ProcessedRequest>(request =>
        {
            request.ToTable("processed_requests");
            request.HasKey(processed => new { processed.Caller, processed.RequestId });
            request.Property(processed => processed.Caller).HasMaxLength(200);
            request.Property(processed => processed.RequestId).HasMaxLength(ProcessedRequest.MaxRequestIdLength);
            request.Property(processed => processed.Operation).HasMaxLength(200);
            request.HasIndex(processed => processed.ProcessedAt);
        });

        return modelBuilder;
    }
}
