namespace Triage.Contracts;

// A command: rescore one chunk of a rescoring run. Any rescoring worker may take it; doing it twice changes nothing.
public record RescoreChunk(Guid RunId, int Chunk);
