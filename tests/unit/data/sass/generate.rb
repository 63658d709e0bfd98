# Regenerates the golden CSS in this folder with Ruby Sass 3.7.4, the compiler GitHub Pages
# runs (jekyll-sass-converter 1.5.2, safe mode): Sass.compile(content, load_paths, syntax,
# style, cache: false), then the converter drops the UTF-8 BOM Ruby Sass puts in front of
# non-ASCII compressed output.  Errors are written as "<message> on line N".
# usage: ruby generate.rb [THEMES_DIR]   (THEMES_DIR: shared/oracle/themes, optional)
require "sass"
require "fileutils"

HERE = __dir__
STYLES = %w(nested expanded compact compressed).freeze
BOM = /^\uFEFF/.freeze

def strip_front_matter(text)
  text.sub(/\A---\s*\n.*?^---\s*$\n?/m, "")
end

def compile(content, syntax, style, load_paths)
  out = Sass.compile(content, load_paths: load_paths, syntax: syntax, style: style.to_sym, cache: false)
  out.sub(BOM, "")
rescue Sass::SyntaxError => e
  "ERROR: #{e} on line #{e.sass_line}\n"
end

def write_case(dest, text)
  FileUtils.mkdir_p(File.dirname(dest))
  File.binwrite(dest, text)
end

# Own cases: cases/NAME.scss|.sass, partials in cases/lib; every style.
Dir[File.join(HERE, "cases", "*.s[ac]ss")].sort.each do |path|
  name = File.basename(path)
  syntax = File.extname(path) == ".sass" ? :sass : :scss
  content = strip_front_matter(File.read(path, encoding: "UTF-8"))
  STYLES.each do |style|
    lib = File.join(HERE, "cases", "lib")
    out = compile(content, syntax, style, [lib]).gsub(lib, "{LIB}")
    write_case(File.join(HERE, "expected", "#{File.basename(name, '.*')}.#{style}.css"), out)
  end
end

# Theme stylesheets: every assets/css/*.scss of every theme, in every style.
themes = ARGV[0]
if themes
  Dir[File.join(themes, "*", "assets", "css", "*.scss")].sort.each do |path|
    theme = path.split("/")[-4]
    content = strip_front_matter(File.read(path, encoding: "UTF-8"))
    STYLES.each do |style|
      out = compile(content, :scss, style, [File.join(themes, theme, "_sass")])
      base = "#{theme}__#{File.basename(path, '.scss')}.#{style}.css"
      write_case(File.join(HERE, "themes", base), out)
    end
  end
end

# Corpus sites' own stylesheets (not the theme's, covered above) in the three styles the
# corpus does not show (it is built compressed): ruby generate.rb THEMES_DIR CORPUS_DIR
corpus = ARGV[1]
if corpus
  require "json"
  Dir[File.join(corpus, "*", "site.json")].sort.each do |meta_path|
    site = File.dirname(meta_path)
    meta = JSON.parse(File.read(meta_path))
    conf = meta["effective_config"]["sass"] || {}
    src = File.join(site, "src")
    theme = meta["theme"] && File.join(File.dirname(corpus), meta["theme"]["files"].sub(%r!\Ashared/!, ""))
    paths = Array(conf["load_paths"]).map { |p| File.join(src, p) }
    paths << File.join(src, conf["sass_dir"].to_s.empty? ? "_sass" : conf["sass_dir"])
    paths << File.join(theme, "_sass") if theme
    paths = paths.select { |p| File.directory?(p) }
    Dir[File.join(site, "expected", "**", "*.css")].sort.each do |css|
      rel = css.delete_prefix(File.join(site, "expected") + "/").sub(/\.css\z/, "")
      source = %w(.scss .sass).map { |e| File.join(src, rel + e) }.find do |f|
        File.file?(f) && File.read(f, 3) == "---"
      end
      next unless source

      name = File.basename(site)
      rendered = File.join(HERE, "corpus", name, rel + File.extname(source))
      body = File.file?(rendered) ? File.read(rendered, encoding: "UTF-8") : strip_front_matter(File.read(source, encoding: "UTF-8"))
      next if body.include?("{{") || body.include?("{%")

      syntax = File.extname(source) == ".sass" ? :sass : :scss
      %w(nested expanded compact).each do |style|
        out = compile(body, syntax, style, paths)
        next if out.start_with?("ERROR:")
        # the pages-themes demo sites compile their theme unchanged: keep one copy
        next if Dir[File.join(HERE, "themes", "*.#{style}.css")].any? { |t| File.binread(t) == out }

        write_case(File.join(HERE, "corpus_styles", name, "#{rel}.#{style}.css"), out)
      end
    end
  end
end
