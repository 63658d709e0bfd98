# frozen_string_literal: true

# Test-data generation only (never used by jekpy or its tests): the reference renderer has no
# jemoji gem (Debian does not package it), so the tests/plugins/jemoji_* expectations are written
# with jemoji 0.13.0 and gemoji 4.1.0 loaded from source checkouts, next to the html-pipeline
# 2.14.3 and Nokogiri the reference already has:
#
#   git -C jemoji archive v0.13.0 | tar x -C $JEMOJI_SRC/jemoji   (jekyll/jemoji)
#   git -C gemoji archive v4.1.0 | tar x -C $JEMOJI_SRC/gemoji    (github/gemoji)
#   JEMOJI_SRC=... RUBYOPT=-r$PWD/tests/plugins/jemoji_shim.rb python tests/sites/regen.py ...
#
# It puts both lib folders on the load path and registers the two gems as installed, so that
# pages-build keeps `jemoji` in `plugins:`.
root = ENV.fetch("JEMOJI_SRC")
$LOAD_PATH.unshift(File.join(root, "jemoji", "lib"), File.join(root, "gemoji", "lib"))
require "rubygems"
JEKPY_FAKE_SPECS = { "jemoji" => "0.13.0", "gemoji" => "4.1.0" }.to_h do |name, version|
  [name, Gem::Specification.new do |s|
    s.name = name
    s.version = version
    s.summary = name
    s.authors = ["jekpy tests"]
  end]
end.freeze

class << Gem::Specification
  alias_method :jekpy_find_all_by_name, :find_all_by_name

  def find_all_by_name(name, *requirements)
    JEKPY_FAKE_SPECS.key?(name) ? [JEKPY_FAKE_SPECS[name]] : jekpy_find_all_by_name(name, *requirements)
  end
end
