package org.rapporteur.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders the report templates with Freemarker. Templates come from a folder a secretariat may edit without
 * rebuilding (the command line's {@code --templates}, by default {@code ./templates}), falling back to the copies on the classpath under {@code templates/}.
 * The output format follows the file name, so escaping is automatic: {@code *.ftlh} HTML, {@code *.md.ftl}
 * Markdown, {@code *.txt.ftl} plain text. Data is only ever passed as data, and the {@code new} and {@code api}
 * built-ins are off, so text from the inputs is never evaluated; control characters come out visible
 * ({@link VisibleText}). Built once; thread-safe afterwards.
 */
public final class TemplateRenderer {

    private static final String CLASSPATH_FOLDER = "/templates";

    private final Configuration configuration;

    /** Templates from {@code directory} where it holds them, the classpath copies otherwise. */
    public TemplateRenderer(Path directory) {
        this.configuration = configure(loader(directory));
    }

    /** Renders one template over a data model of maps, lists, strings, numbers and booleans. */
    public String render(String templateName, Map<String, ?> model) {
        StringWriter out = new StringWriter(16_384);
        try {
            configuration.getTemplate(templateName).process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load template " + templateName, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + templateName + " failed: " + e.getMessage(), e);
        }
        // Whatever the template and the data hold, no control character reaches a report raw.
        return VisibleText.of(out.toString());
    }

    private static TemplateLoader loader(Path directory) {
        List<TemplateLoader> loaders = new ArrayList<>(2);
        if (directory != null && Files.isDirectory(directory)) {
            try {
                loaders.add(new FileTemplateLoader(directory.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read templates in " + directory, e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateRenderer.class, CLASSPATH_FOLDER));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    private static Configuration configure(TemplateLoader loader) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ENGLISH);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("#,##0.##");
        cfg.setBooleanFormat("c");
        cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        cfg.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                outputFormat("*.ftlh", HTMLOutputFormat.INSTANCE),
                outputFormat("*.md.ftl", MarkdownOutputFormat.INSTANCE),
                outputFormat("*.txt.ftl", PlainTextOutputFormat.INSTANCE)).allowNoMatch(true));
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        var wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setForceLegacyNonListCollections(false);
        cfg.setObjectWrapper(wrapper.build());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        return cfg;
    }

    private static ConditionalTemplateConfigurationFactory outputFormat(String glob, OutputFormat format) {
        TemplateConfiguration tc = new TemplateConfiguration();
        tc.setOutputFormat(format);
        return new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher(glob), tc);
    }
}
