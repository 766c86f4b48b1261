#!/bin/sh
# The toolbar icons of the commands added after the first three (drawn with ImageMagick, flat like
# review_*.png and report_*.png): dossier (a page with an award star), normalise (a page whose
# lines are straightened, with a spark), merge (two sheets into one). Run from the repository root;
# the PNGs are committed, this only regenerates them.
set -e
out=extension/icons
page='stroke #2b4d96 stroke-width 1.6 fill white polygon 4,1.5 17,1.5 22,6.5 22,24.5 4,24.5'
convert -size 26x26 xc:none -draw "$page" \
  -draw "stroke #2b4d96 stroke-width 1.4 line 7,7 17,7" \
  -draw "fill #c8372d stroke none polygon 13,10 14.8,14.2 19.3,14.5 15.8,17.4 17,21.8 13,19.3 9,21.8 10.2,17.4 6.7,14.5 11.2,14.2" \
  "$out/dossier_26.png"
convert -size 26x26 xc:none -draw "$page" \
  -draw "stroke #2b4d96 stroke-width 1.4 line 7,8 19,8 line 7,12.5 19,12.5 line 7,17 15,17" \
  -draw "fill #e0a800 stroke none polygon 20,15 21.2,18.8 25,20 21.2,21.2 20,25 18.8,21.2 15,20 18.8,18.8" \
  "$out/normalise_26.png"
convert -size 26x26 xc:none \
  -draw "stroke #2b4d96 stroke-width 1.4 fill white rectangle 1.5,2.5 9.5,10.5 rectangle 1.5,15.5 9.5,23.5" \
  -draw "stroke #1f6b3f stroke-width 1.6 fill #2ea763 rectangle 16.5,7.5 24.5,18.5" \
  -draw "stroke #1f6b3f stroke-width 1.8 fill none line 10,6.5 15,11 line 10,19.5 15,15" \
  "$out/merge_26.png"
for name in dossier normalise merge; do
  convert "$out/${name}_26.png" -resize 16x16 "$out/${name}_16.png"
done
