using Dapper;
using Triage.Storage;

namespace Triage.Cli.Rescoring;

public static class RunChunks
{
    public static async Task<List<RunChunk>> ReadAsync(Database database, Guid runId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<RunChunk>(
            new CommandDefinition("SELECT chunk, complaints FROM rescoring_chunks WHERE run_id = @Run ORDER BY chunk",
                new { Run = runId }, cancellationToken: cancellationToken))).ToList();
    }
}
