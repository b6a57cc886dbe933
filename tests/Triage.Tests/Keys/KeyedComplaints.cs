using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Triage.Complaints;
using Triage.Complaints.Evidence;
using Triage.Intake;
using Triage.Signals;
using Triage.Signals.Features;
using Triage.Signals.Text;
using Triage.Storage;
using Triage.Tests.Infrastructure;

namespace Triage.Tests.Keys;

// Complaints with a text of their own, read back through the API, and the identifier lookups the signals make.
public static class KeyedComplaints
{
    // One person files before and during a rotation; everybody else has a phone of their own.
    public static JsonObject OfThePerson(string marker) => With(SampleComplaints.Valid(), marker);

    public static JsonObject OfSomeoneElse(int n, string marker)
    {
        var complaint = With(SampleComplaints.Valid(), marker);
        complaint["complainant"] = new JsonObject { ["name"] = $"路人{n}", ["phone"] = $"137{n:D8}" };
        complaint["representative"] = null;
        complaint["origin"] = null;
        return complaint;
    }

    public static async Task<Guid> SubmitAsync(HttpClient desk, JsonObject complaint)
    {
        var response = await desk.PostJsonAsync("/api/v1/complaints", complaint);
        Assert.That((int)response.StatusCode, Is.EqualTo(202), await response.Content.ReadAsStringAsync());
        return Guid.Parse((await response.JsonAsync()).GetProperty("id").GetString()!);
    }

    // Complaint id → its marker, for every complaint that does not come back with its own text.
    public static async Task<Dictionary<Guid, string>> UnreadableAsync(HttpClient desk, IReadOnlyDictionary<Guid, string> markers)
    {
        var unreadable = new Dictionary<Guid, string>();
        foreach (var (id, marker) in markers)
        {
            var response = await desk.GetAsync($"/api/v1/complaints/{id}");
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode || !(await response.JsonAsync()).GetProperty("text").GetString()!.Contains(marker))
                unreadable[id] = $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}";
        }
        return unreadable;
    }

    // The complaints the signals find filed under the person's identifiers (excluding the given one), how many
    // distinct complainants they count behind the person's phone, and how many personal identifiers those filings
    // give the second hop (read under the matching key only).
    public static async Task<(IReadOnlyList<Guid> Filings, int Complainants, int SecondHop)> PersonAsync(IServiceProvider services, Guid complaintId)
    {
        var database = services.GetRequiredService<Database>();
        var protector = services.GetRequiredService<PersonalDataProtector>();
        var reader = new ComplaintFactsReader(database, protector);
        var facts = (await reader.ReadAsync(complaintId, CancellationToken.None))!;
        var context = new StoredSignalContext(database, new IndexedTextEvidence(new SqlNearDuplicateIndex(database, new NearDuplicateOptions()), TextFingerprinter.Default), protector);
        var from = facts.ReceivedAt.AddDays(-30);
        var to = facts.ReceivedAt.AddDays(30);
        var personal = facts.Identifiers.Where(i => i.Kind is IdentifierKind.ComplainantPhone or IdentifierKind.ComplainantIdNumber).ToList();
        var filings = await context.FilingsAsync(facts, personal, from, to, CancellationToken.None);
        var phone = personal.Single(i => i.Kind == IdentifierKind.ComplainantPhone);
        var complainants = await context.DistinctComplainantsAsync(phone, from, to, 100, CancellationToken.None);
        var ids = filings.Select(f => f.ComplaintId).ToList();
        return (ids, complainants, (await context.PersonalIdentifiersAsync(ids, CancellationToken.None)).Count);
    }

    public static async Task<Dictionary<string, long>> SealedWithAsync(IServiceProvider services)
    {
        await using var connection = await services.GetRequiredService<Database>().OpenAsync();
        return (await connection.QueryAsync<byte[]>("SELECT personal FROM complaints"))
            .GroupBy(p => PersonalDataProtector.SealedKeyId(p)).ToDictionary(g => g.Key, g => (long)g.Count());
    }

    public static async Task<Dictionary<string, long>> IdentifierRowsAsync(IServiceProvider services)
    {
        await using var connection = await services.GetRequiredService<Database>().OpenAsync();
        return (await connection.QueryAsync<(string KeyId, long Rows)>("SELECT key_id, COUNT(*) FROM complaint_identifiers GROUP BY key_id"))
            .ToDictionary(r => r.KeyId, r => r.Rows);
    }

    // A rotation has started and not finished.
    public static async Task<bool> RotatingAsync(IServiceProvider services)
    {
        await using var connection = await services.GetRequiredService<Database>().OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM key_rotations WHERE finished_at IS NULL") > 0;
    }

    private static JsonObject With(JsonObject complaint, string marker)
    {
        complaint["text"] = $"{complaint["text"]} 编号{marker}。";
        return complaint;
    }
}
