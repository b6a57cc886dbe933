using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;

namespace Triage.Classifier;

public static class ModelFiles
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    private static readonly DateTimeOffset ZipTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string MetadataPath(string modelPath) => Path.ChangeExtension(modelPath, ".json");

    // ML.NET stamps every zip entry with the current time; copying the entries with a fixed time makes the same
    // training produce the same bytes.
    public static void SaveModel(MLContext ml, ITransformer model, DataViewSchema inputSchema, string path)
    {
        using var saved = new MemoryStream();
        ml.Model.Save(model, inputSchema, saved);
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var target = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = ZipTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static void WriteMetadata(ModelMetadata metadata, string modelPath) =>
        File.WriteAllText(MetadataPath(modelPath), SerializeMetadata(metadata) + "\n");

    public static ModelMetadata ReadMetadata(string modelPath)
    {
        var path = MetadataPath(modelPath);
        if (!File.Exists(path))
            throw new FileNotFoundException($"The model's metadata {path} is missing: a model is loaded only with the metadata written beside it by `triage train`.", path);
        return ParseMetadata(File.ReadAllText(path), path);
    }

    // A model's version: the day it was trained and a hash of what decides its scores and routes. That is the zip (the
    // text sub-score, or the whole model before the evidence terms), the evidence terms over it and the threshold. Two
    // models with the same zip but another evidence fit (the zip holds only the text model) get two versions, so the
    // registry, which keys models by version, never takes one for the other.
    public static string Version(DateTimeOffset trainedAt, string zipSha256, Evidence.EvidenceModel? evidence, double threshold)
    {
        var identity = string.Join('\n', zipSha256, threshold.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            evidence is null ? "" : JsonSerializer.Serialize(evidence, Json));
        return $"{trainedAt:yyyy.MM.dd}-{Sha256(System.Text.Encoding.UTF8.GetBytes(identity))[..8]}";
    }

    public static string Version(ModelMetadata metadata) =>
        Version(metadata.TrainedAt, metadata.ModelFileSha256, metadata.Evidence, metadata.Threshold);

    public static string SerializeMetadata(ModelMetadata metadata) => JsonSerializer.Serialize(metadata, Json);

    public static ModelMetadata ParseMetadata(string json, string source) =>
        JsonSerializer.Deserialize<ModelMetadata>(json, Json) ?? throw new InvalidDataException($"{source} holds no model metadata.");
}
