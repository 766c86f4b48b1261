// A text-layer header that reaches up into the rules: the layer check must refuse it.
#pragma once
#include "core/rules/verdict.hxx"
